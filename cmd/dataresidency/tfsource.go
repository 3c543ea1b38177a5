package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/dataresidency/dataresidency/residency"
)

// A tfSource places a plan's resources in the Terraform configuration
// they come from: the resource blocks of the root module's .tf files and
// of the local modules it calls ("./modules/x"), read with HashiCorp's
// HCL parser, each by file (relative to root) and line.
type tfSource struct {
	// root is the directory files are relative to: the repository's root
	// (the nearest directory up with a .git), or else the configuration's.
	root   string
	blocks map[string]srcPos // "<module path>|<type>.<name>", module path "" or "module.a.module.b"
}

type srcPos struct {
	file         string // relative to root, "/"-separated
	line, column int
}

// maxModuleDepth bounds how deep local module calls are followed.
const maxModuleDepth = 16

// readTFSource reads the configuration in dir, or returns nil when dir
// holds no .tf file. Files that do not parse are skipped: placing results
// is a convenience, and a configuration Terraform planned parses.
func readTFSource(dir string) *tfSource {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	if files, _ := filepath.Glob(filepath.Join(abs, "*.tf")); len(files) == 0 {
		return nil
	}
	s := &tfSource{root: repoRoot(abs), blocks: map[string]srcPos{}}
	s.read(abs, "", 0, map[string]bool{})
	if len(s.blocks) == 0 {
		return nil
	}
	return s
}

// repoRoot returns the nearest directory at or above dir holding .git, or
// dir.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		up := filepath.Dir(d)
		if up == d {
			return dir
		}
		d = up
	}
}

func (s *tfSource) read(dir, module string, depth int, seen map[string]bool) {
	if depth > maxModuleDepth || seen[dir] {
		return
	}
	seen[dir] = true
	defer delete(seen, dir) // a module may be called twice, not from itself
	files, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
	slices.Sort(files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		file, diags := hclsyntax.ParseConfig(src, f, hcl.Pos{Line: 1, Column: 1})
		if diags.HasErrors() || file == nil {
			continue
		}
		body, ok := file.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		rel, err := filepath.Rel(s.root, f)
		if err != nil {
			continue
		}
		rel = filepath.ToSlash(rel)
		for _, b := range body.Blocks {
			switch {
			case b.Type == "resource" && len(b.Labels) == 2:
				key := module + "|" + b.Labels[0] + "." + b.Labels[1]
				if _, dup := s.blocks[key]; !dup {
					r := b.DefRange()
					s.blocks[key] = srcPos{rel, r.Start.Line, r.Start.Column}
				}
			case b.Type == "module" && len(b.Labels) == 1:
				attr, ok := b.Body.Attributes["source"]
				if !ok {
					continue
				}
				v, diags := attr.Expr.Value(nil)
				if diags.HasErrors() || !v.Type().Equals(cty.String) || v.IsNull() {
					continue
				}
				src := v.AsString()
				if !strings.HasPrefix(src, "./") && !strings.HasPrefix(src, "../") {
					continue // a registry or remote module: not in this checkout
				}
				sub := "module." + b.Labels[0]
				if module != "" {
					sub = module + "." + sub
				}
				s.read(filepath.Join(dir, filepath.FromSlash(src)), sub, depth+1, seen)
			}
		}
	}
}

// locate places the finding at path p: the resource block of the store it
// names (for a flow, its source store; for a flow the facts added,
// "<id>@<store>", that store).
func (s *tfSource) locate(p residency.Path) (string, int, int) {
	id := p.Store
	if id == "" {
		if from, _, ok := strings.Cut(p.Flow, " -> "); ok {
			id = from
		} else if _, st, ok := strings.Cut(p.Flow, "@"); ok {
			id = st
		}
	}
	module, res, ok := configAddress(id)
	if !ok {
		return "", 0, 0
	}
	pos, ok := s.blocks[module+"|"+res]
	if !ok {
		return "", 0, 0
	}
	return pos.file, pos.line, pos.column
}

// configAddress turns a resource instance address, or a store ID the plan
// reader derived from one ("<address>/<region>"), into its configuration
// address: the module path without instance keys, and "<type>.<name>".
// module.shop["eu"].aws_s3_bucket.logs[0]/us-east-1 gives "module.shop"
// and "aws_s3_bucket.logs".
func configAddress(id string) (module, resource string, ok bool) {
	id = resourceOf(id)
	var parts []string
	var cur strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case quoted:
			if c == '\\' && i+1 < len(id) {
				i++
			} else if c == '"' {
				quoted = false
			}
			continue
		case c == '"':
			quoted = true
			continue
		case c == '[':
			depth++
			continue
		case c == ']':
			depth--
			continue
		case depth > 0:
			continue
		case c == '.':
			parts = append(parts, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteByte(c)
	}
	parts = append(parts, cur.String())
	var mods []string
	for len(parts) >= 2 && parts[0] == "module" {
		mods = append(mods, "module."+parts[1])
		parts = parts[2:]
	}
	if len(parts) != 2 || parts[0] == "" || parts[1] == "" || parts[0] == "data" {
		return "", "", false
	}
	return strings.Join(mods, "."), parts[0] + "." + parts[1], true
}
