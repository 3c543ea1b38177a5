package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeControls(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain ID/with-slashes, é and 中", "plain ID/with-slashes, é and 中"},
		{"\x1b]52;c;ZXZpbA==\a\x1b[2J", `\x1b]52;c;ZXZpbA==\x07\x1b[2J`},
		{"a\nb\r\tc\x00\x7f", `a\nb\r\tc\x00\x7f`},
		{"csi \u009b31m and nel \u0085", `csi \u009b31m and nel \u0085`},
		{"\u202eevil\u202c \u2066x\u2069 \u200e\u200f\u061c", `\u202eevil\u202c \u2066x\u2069 \u200e\u200f\u061c`},
		{"bad \xff\xc2 utf-8", `bad \xff\xc2 utf-8`},
		{`back\slash \x1b`, `back\slash \x1b`},
		{"", ""},
	} {
		if got := escapeControls(tt.in); got != tt.want {
			t.Errorf("escapeControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCapLine(t *testing.T) {
	if got := capLine("short", 10); got != "short" {
		t.Errorf("got %q", got)
	}
	if got := capLine(strings.Repeat("a", 20), 10); got != "aaaaaaaaaa… (20 bytes)" {
		t.Errorf("got %q", got)
	}
	// Cut at a character boundary: é is two bytes.
	if got := capLine("aaaaaaaaaé", 10); got != "aaaaaaaaa… (11 bytes)" {
		t.Errorf("got %q", got)
	}
}

func TestTextFormatEscapes(t *testing.T) {
	var tx text
	type named string
	tx.f("%-6s|%d|%v|%q|%s|%s\n", "a\x1bb", 42, named("c\u202ed"), "e\x1bf", fmt.Errorf("g\nh"), []string{"i\x07"})
	want := `a\x1bb   |42|c\u202ed|"e\x1bf"|g\nh|[i\x07]` + "\n"
	if got := tx.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// hostileChars are what no output line may hold raw: ESC, BEL, the C1
// CSI, DEL and the bidi override.
const hostileChars = "\x1b\x07\u009b\x7f\u202e"

// checkClean fails if out holds a hostile character, or a line break
// other than its own lines'.
func checkClean(t *testing.T, what, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if j := strings.IndexAny(line, hostileChars); j >= 0 {
			t.Errorf("%s: line %d holds %q raw: %q", what, i+1, line[j:j+utf8.RuneLen([]rune(line[j:])[0])], line)
		}
		if strings.ContainsRune(line, '\r') {
			t.Errorf("%s: line %d holds a carriage return: %q", what, i+1, line)
		}
	}
}

// TestTerminalEscapesInOutput is the reproducer of D9: a topology whose
// name sends OSC 52 (write the clipboard) and clears the screen, a store,
// dataset, entity and flow whose IDs hold ESC, C1 and bidi controls, and
// a waiver whose text does. No line of any text output or error line may
// hold them raw.
func TestTerminalEscapesInOutput(t *testing.T) {
	dir := t.TempDir()
	const (
		name    = "\u001b]52;c;ZXZpbA==\u0007\u001b[2J"
		store   = "fra\u001b[2J"
		replica = "iad\u009b31m\u202e"
		ds      = "orders\u001b[31m"
		ent     = "shop\r\u001b[1m"
	)
	doc := func(withFlow bool, waivers []map[string]any) string {
		top := map[string]any{
			"name":     name,
			"datasets": []any{map[string]any{"id": ds, "classes": []string{"personal"}, "subjects": []any{map[string]any{"jurisdiction": "DE", "count": 120000}}, "controller": ent}},
			"entities": []any{map[string]any{"id": ent, "jurisdiction": "DE"}},
			"stores": []any{
				map[string]any{"id": store, "region": "aws:eu-central-1", "datasets": []string{ds}},
				map[string]any{"id": replica, "region": "aws:us-east-1", "role": "replica", "datasets": []string{ds}},
			},
		}
		if withFlow {
			top["flows"] = []any{map[string]any{"id": "dr\u001b", "kind": "replication", "from": store, "to": replica, "mechanisms": []string{"eu-scc-2021"}}}
		}
		if waivers != nil {
			top["waivers"] = waivers
		}
		b, err := json.Marshal(top)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	plain := filepath.Join(dir, "plain.json")
	if err := os.WriteFile(plain, []byte(doc(true, nil)), 0o644); err != nil {
		t.Fatal(err)
	}
	// The IDs of the findings, to waive one and explain it.
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-format", "json", plain)
	checkClean(t, "assess -format json (stderr)", stderr)
	var rep struct {
		Violations []struct{ ID string } `json:"violations"`
		Conflicts  []struct{ ID string } `json:"conflicts"`
		Exposures  []struct{ ID string } `json:"exposures"`
	}
	accepted := code != exitUsage
	var ids []string
	if accepted {
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatal(err)
		}
		for _, v := range rep.Violations {
			ids = append(ids, v.ID)
		}
		for _, c := range rep.Conflicts {
			ids = append(ids, c.ID)
		}
		for _, x := range rep.Exposures {
			ids = append(ids, x.ID)
		}
		if len(ids) == 0 {
			t.Fatalf("no findings to waive:\n%s", stdout)
		}
	} else {
		// Should the library come to reject control characters in IDs,
		// the error lines must still be clean.
		checkClean(t, "assess (refused)", stderr)
		t.Logf("the topology was refused: %s", stderr)
		ids = []string{"V:x"}
	}
	waived := filepath.Join(dir, "waived\u001b[5m.json")
	waiver := []map[string]any{
		{"finding": ids[0], "justification": "ok\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007", "approver": "dpo\u202e", "expires": "2030-01-01"},
		{"finding": "V:nothing\u001b[2J", "justification": "x", "approver": "y", "expires": "2020-01-01"},
	}
	if err := os.WriteFile(waived, []byte(doc(true, waiver)), 0o644); err != nil {
		t.Fatal(err)
	}
	noFlow := filepath.Join(dir, "noflow.json")
	if err := os.WriteFile(noFlow, []byte(doc(false, nil)), 0o644); err != nil {
		t.Fatal(err)
	}
	runs := [][]string{
		{"assess", "-as-of", "2025-01-01", waived},
		{"assess", "-as-of", "2025-01-01", "-format", "sarif", waived},
		{"explain", "-as-of", "2025-01-01", waived, ids[0]},
		{"explain", "-as-of", "2025-01-01", waived, "Confidentiality"},
		{"explain", "-as-of", "2025-01-01", waived, "V:"},  // ambiguous: the IDs listed on stderr
		{"explain", "-as-of", "2025-01-01", waived, "X:y"}, // unknown: the IDs listed
		{"diff", "-as-of", "2025-01-01", noFlow, waived},
		{"diff", "-from", "2017-01-01", "-to", "2025-01-01", waived},
	}
	for _, args := range runs {
		code, stdout, stderr := exec(t, args...)
		what := strings.Join(args, " ")
		if args[len(args)-1] != "X:y" && args[len(args)-1] != "V:" && code == exitUsage && accepted {
			t.Errorf("%s: exit 2\n%s", what, stderr)
		}
		if slices.Contains(args, "sarif") {
			// JSON escapes C0 controls (ESC) itself; C1 and bidi
			// controls are left to the reader of the log.
			if strings.ContainsAny(stdout, "\x1b\x07") {
				t.Errorf("%s: raw ESC or BEL in the log", what)
			}
		} else {
			checkClean(t, what+" (stdout)", stdout)
		}
		checkClean(t, what+" (stderr)", stderr)
		if accepted && args[0] == "assess" && !slices.Contains(args, "sarif") {
			for _, want := range []string{`\x1b]52;c;ZXZpbA==\x07\x1b[2J`, `fra\x1b[2J`, `iad\u009b31m\u202e`, `(waived until 2030-01-01 by dpo\u202e: ok\x1b]8;;https://evil.example\x07click`, `waiver for V:nothing\x1b[2J expired`} {
				if !strings.Contains(stdout, want) {
					t.Errorf("%s: the output does not show %q escaped:\n%s", what, want, stdout)
				}
			}
		}
	}
}

// TestTerminalEscapesInErrors checks the error lines: a JSON pointer and
// a message holding ESC, a file name holding one, and a Terraform plan's
// addresses in the lists of resources not checked.
func TestTerminalEscapesInErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad\u001b[2J.json")
	if err := os.WriteFile(bad, []byte("{\"name\":\"x\",\"bogus\\u001b[2J\":1,\"stores\":[{\"id\":\"s\",\"location\":\"\\u001b[31mXX\"}]}"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", bad)
	if code != exitUsage || !strings.Contains(stderr, `bad\x1b[2J.json:1:`) || !strings.Contains(stderr, `bogus\x1b[2J`) {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	checkClean(t, "bad document", stdout+stderr)

	// Raw control characters in addresses (Terraform escapes them) make
	// the plan an input error, echoed escaped; a bidi control in a type
	// is listed, escaped, with the unsupported resources.
	plan := `{"format_version":"1.2","planned_values":{"root_module":{"resources":[
		{"address":"aws_iam_role.r\u001b[2J","mode":"managed","type":"aws_iam_role","name":"r","provider_name":"registry.terraform.io/hashicorp/aws","values":{}},
		{"address":"aws_s3_bucket.b\u001b]52;c;eA==\u0007","mode":"managed","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws","values":{"bucket":"b"}}]}}}`
	p := filepath.Join(dir, "plan\u009b.json")
	if err := os.WriteFile(p, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	unsupported := `{"format_version":"1.2","planned_values":{"root_module":{"resources":[
		{"address":"aws_iam_role.r","mode":"managed","type":"aws_iam_role\u202e","name":"r","provider_name":"registry.terraform.io/hashicorp/aws","values":{}}]}}}`
	u := filepath.Join(dir, "unsupported\u009b.json")
	if err := os.WriteFile(u, []byte(unsupported), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json"} {
		what := "plan -format " + format
		code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-format", format, p)
		if code != exitUsage || !strings.Contains(stderr, `aws_iam_role.r\x1b[2J: the address holds U+001B`) ||
			!strings.Contains(stderr, `aws_s3_bucket.b\x1b]52;c;eA==\x07: the address holds U+001B`) {
			t.Errorf("%s: exit %d, want %d with each address escaped\n%s", what, code, exitUsage, stderr)
		}
		checkClean(t, what+" (stderr)", stdout+stderr)

		code, stdout, stderr = exec(t, "assess", "-as-of", "2025-01-01", "-format", format, u)
		if code == exitUsage {
			t.Errorf("%s: exit 2\n%s", what, stderr)
		}
		checkClean(t, what+" (stderr)", stderr)
		if format == "text" {
			checkClean(t, what+" (stdout)", stdout)
			if !strings.Contains(stdout, `aws_iam_role.r (aws_iam_role\u202e)`) {
				t.Errorf("%s: the unsupported resource is not listed escaped:\n%s", what, stdout)
			}
		}
	}
}

// TestErrorLinesCapped is the reproducer of D14: a 10 MB location was
// echoed whole by the library's message. The decoder now refuses the
// string by its length, and every error line stays short either way.
func TestErrorLinesCapped(t *testing.T) {
	long := strings.Repeat("A", 10<<20)
	doc := `{"stores":[{"id":"s","location":"` + long + `","datasets":[]}]}`
	p := writeTemp(t, "long.json", doc)
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", p)
	if code != exitUsage || stdout != "" {
		t.Fatalf("exit %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	for _, line := range lines {
		if len(line) > maxLineBytes+len("… (100000000 bytes)") {
			t.Errorf("a line of %d bytes: %.200s…", len(line), line)
		}
	}
	if !strings.Contains(stderr, "more than 4096 bytes") || !strings.Contains(stderr, "/stores/0/location") {
		t.Errorf("stderr: %.600s", stderr)
	}
}
