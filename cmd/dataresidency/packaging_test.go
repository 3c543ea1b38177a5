package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	osexec "os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPackagingFlags: every flag the GitHub Action and the pre-commit hook
// pass to assess is one assess has, so that a renamed flag breaks this
// test and not a user's pipeline.
func TestPackagingFlags(t *testing.T) {
	known := map[string]bool{}
	var c commonFlags
	fs := flag.NewFlagSet("assess", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.register(fs, "")
	// assess's own flags, as its usage lists them.
	var usage bytes.Buffer
	cmdAssess([]string{"-h"}, io.Discard, &usage)
	for _, m := range regexp.MustCompile(`(?m)^\s+-([a-z-]+)`).FindAllStringSubmatch(usage.String(), -1) {
		known[m[1]] = true
	}
	fs.VisitAll(func(f *flag.Flag) { known[f.Name] = true })
	for _, file := range []string{"../../action.yml", "../../.pre-commit-hooks.yaml"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`\((-[a-z][a-z-]+) "`).FindAllStringSubmatch(string(b), -1) {
			if !known[strings.TrimPrefix(m[1], "-")] {
				t.Errorf("%s passes %s, which assess does not have", filepath.Base(file), m[1])
			}
		}
	}
	for _, a := range []string{"unlocated", "undeclared", "unresearched", "unrated"} {
		if !known["allow-"+a] {
			t.Errorf("the action documents -allow-%s, which assess does not have", a)
		}
	}
}

// TestPackagingScripts: the action's and the hook's shell is valid bash.
func TestPackagingScripts(t *testing.T) {
	bash, err := osexec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	b, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	// The run: | blocks, dedented.
	re := regexp.MustCompile(`(?m)^      run: \|\n((?:        .*\n|\n)+)`)
	blocks := re.FindAllStringSubmatch(string(b), -1)
	if len(blocks) == 0 {
		t.Fatal("no run block in action.yml")
	}
	for _, m := range blocks {
		script := regexp.MustCompile(`(?m)^        `).ReplaceAllString(m[1], "")
		cmd := osexec.Command(bash, "-n")
		cmd.Stdin = strings.NewReader(script)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("action.yml script does not parse: %v\n%s\n%s", err, out, script)
		}
	}
}
