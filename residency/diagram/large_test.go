package diagram_test

import (
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

var storeNode = regexp.MustCompile(`(?m)^    (s\d+) \[label="([^"]*)", shape=cylinder`)

// storesOf reads the store IDs a store node's label names: its first line
// (one store), or the list under "N stores", and the count it says.
func storesOf(label string) (ids []string, count int, marked bool) {
	lines := strings.Split(label, `\n`)
	first := lines[0]
	marked = strings.HasPrefix(first, "! ") || strings.HasPrefix(first, "~ ")
	first = strings.TrimPrefix(strings.TrimPrefix(first, "! "), "~ ")
	n, rest, ok := strings.Cut(first, " stores")
	count, err := strconv.Atoi(n)
	if !ok || rest != "" || err != nil {
		return []string{first}, 1, marked
	}
	var list string
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "operator ") || strings.HasPrefix(l, "primary") || strings.HasPrefix(l, "replica") || strings.HasPrefix(l, "backup") {
			break
		}
		list += " " + l
	}
	list, _, _ = strings.Cut(list, " and ")
	for _, id := range strings.Split(list, ",") {
		ids = append(ids, strings.TrimSpace(id))
	}
	return ids, count, marked
}

// TestDiagramLargeEstate draws a synthetic estate of 60 stores: stores of
// one jurisdiction with the same operator, role and marks are one node,
// so that there are far fewer store nodes than stores, every store is
// counted once, every store on a violation's or conflict's path is named
// in a marked node, and what no finding goes through is light and
// unlabelled. With DATARESIDENCY_RENDER set and Graphviz installed, the
// DOT is rendered to PNG there.
func TestDiagramLargeEstate(t *testing.T) {
	t.Parallel()
	top := synth.Generate(synth.Config{Stores: 60, Seed: 1})
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2025-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Violations) == 0 || len(rep.Conflicts) == 0 {
		t.Fatal("the synthetic estate no longer has the violations and conflicts this picture shows")
	}
	dot := draw(t, diagramFormats[0].write, top, rep)

	nodes := storeNode.FindAllStringSubmatch(dot, -1)
	total, named, markedNames := 0, map[string]bool{}, map[string]bool{}
	for _, m := range nodes {
		ids, count, marked := storesOf(m[2])
		total += count
		for _, id := range ids {
			named[id] = true
			if marked {
				markedNames[id] = true
			}
		}
		if marked && len(ids) != count {
			t.Errorf("marked node %s counts %d stores but names %d: %s", m[1], count, len(ids), m[2])
		}
	}
	entities := strings.Count(dot, "shape=box")
	t.Logf("60 stores drawn as %d store nodes, %d entity nodes; %d violations and %d conflicts", len(nodes), entities, len(rep.Violations), len(rep.Conflicts))
	if total != len(top.Stores) {
		t.Errorf("store nodes count %d stores, the estate has %d", total, len(top.Stores))
	}
	if len(nodes) > 45 || len(nodes)+entities > 60 {
		t.Errorf("%d store nodes and %d entity nodes: want at most 45 store nodes and 60 in all", len(nodes), entities)
	}
	hot := map[string]bool{}
	for _, v := range rep.Violations {
		if v.Store != "" {
			hot[v.Store] = true
		}
	}
	for _, c := range rep.Conflicts {
		hot[c.Store] = true
	}
	for id := range hot {
		if !markedNames[id] {
			t.Errorf("store %s is on a violation's or conflict's path but no marked node names it", id)
		}
	}
	if !strings.Contains(dot, "60 stores drawn as "+strconv.Itoa(len(nodes))+" nodes") {
		t.Errorf("the legend does not say how the stores were drawn")
	}
	if n := len(rep.Violations) + len(rep.Conflicts); n > 12 && !strings.Contains(dot, "and "+strconv.Itoa(n-12)+" more violations and conflicts") {
		t.Errorf("the legend does not say how many findings it leaves out")
	}
	edge := regexp.MustCompile(`(?m)^  \w+ -> \w+ \[(.*)\];$`)
	light, hotEdges := 0, 0
	for _, m := range edge.FindAllStringSubmatch(dot, -1) {
		switch {
		case strings.Contains(m[1], `color="#C00000"`):
			hotEdges++
			if !strings.HasPrefix(m[1], `label="! `) {
				t.Errorf("an edge on a finding's path has no marked label: %s", m[0])
			}
		case strings.Contains(m[1], `color="#C3CBD3"`):
			light++
			if strings.Contains(m[1], "label=") {
				t.Errorf("a light edge is labelled: %s", m[0])
			}
		case strings.Contains(m[1], "arrowhead=odiamond"):
		default:
			t.Errorf("an edge is neither on a finding's path nor light: %s", m[0])
		}
	}
	if light == 0 || hotEdges == 0 {
		t.Errorf("%d light and %d marked edges: want some of each", light, hotEdges)
	}

	mmd := draw(t, diagramFormats[1].write, top, rep)
	if !strings.Contains(mmd, "60 stores drawn as "+strconv.Itoa(len(nodes))+" nodes") || !strings.Contains(mmd, "stroke:#C3CBD3") {
		t.Errorf("the Mermaid drawing is not collapsed as the DOT one is")
	}

	// Without a report nothing is marked, and stores collapse all the same.
	plain := draw(t, diagramFormats[0].write, top, nil)
	if n := len(storeNode.FindAllStringSubmatch(plain, -1)); n >= len(top.Stores) || strings.Contains(plain, `"! `) ||
		!strings.Contains(plain, "60 stores drawn as "+strconv.Itoa(n)+" nodes") {
		t.Errorf("topology-only drawing: %d store nodes for 60 stores", n)
	}

	dir := os.Getenv("DATARESIDENCY_RENDER")
	dotBin, err := exec.LookPath("dot")
	if dir == "" || err != nil {
		return
	}
	src := filepath.Join(t.TempDir(), "synth-60.dot")
	out := filepath.Join(dir, "synth-60.png")
	if err := os.WriteFile(src, []byte(dot), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(dotBin, "-Tpng", "-o", out, src).CombinedOutput(); err != nil || len(msg) > 0 {
		t.Fatalf("dot: %v\n%s", err, msg)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("rendered %s (%dx%d)", out, cfg.Width, cfg.Height)
}
