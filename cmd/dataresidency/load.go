package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/residency"
)

// A planResource is a resource of a Terraform plan that the plan reader
// did not check, or only partly, and why.
type planResource struct {
	Address string `json:"address"`
	Type    string `json:"type"`
	Reason  string `json:"reason"`
}

// A planResult is what the plan reader found in a Terraform plan.
type planResult struct {
	Topology *residency.Topology
	// Unsupported resources were not checked; Unlocated ones have no
	// known location and are not in the topology; Notes record facts
	// simplified to fit the topology.
	Unsupported, Unlocated, Notes []planResource
}

// maxInputBytes is the largest FILE read: the larger of the topology
// document and plan limits (tfplan.go raises it to the plan limit should
// that be the larger). Tests lower it.
var maxInputBytes int64 = residency.MaxDocumentBytes

// readPlan converts the JSON of a Terraform plan into a topology. It is
// package residency/tfplan's Read, wired in tfplan.go; name names the
// topology. A nil readPlan means this build cannot read plans.
var readPlan func(data []byte, name string) (*planResult, error)

// An input is a loaded FILE argument.
type input struct {
	// name is the argument; uri the same as a URI reference for SARIF.
	name, uri string
	data      []byte
	top       *residency.Topology
	// plan is set for a Terraform plan.
	plan *planResult
}

// inputError is a problem with an input: err, whose members (a
// multierror, an errors.Join, a *residency.ValidationError) are printed
// one per line, located in data when data is a topology document.
type inputError struct {
	name string
	data []byte
	err  error
}

func (e *inputError) Error() string { return e.name + ": " + e.err.Error() }

// readInput reads FILE ("-" for standard input), at most limit bytes: a
// larger input is an error that says so.
func readInput(name string, limit int64) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than %s, the limit of an input; not read", sizeText(limit))
	}
	return data, nil
}

// sizeText writes a byte count for people: "512 MiB", "1000 bytes".
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// load reads FILE ("-" for standard input) and decodes the topology it
// holds, or the Terraform plan.
func load(name string) (*input, error) {
	data, err := readInput(name, maxInputBytes)
	if err != nil {
		return nil, &inputError{name: name, err: err}
	}
	in := &input{name: name, data: data}
	if name != "-" {
		in.uri = filepath.ToSlash(name)
	}
	if isTerraform(data) {
		if readPlan == nil {
			return nil, &inputError{name: name, err: errors.New("this is Terraform JSON (it has a format_version), and this build of dataresidency cannot read Terraform plans (package residency/tfplan is missing)")}
		}
		base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		if name == "-" {
			base = "terraform-plan"
		}
		res, err := readPlan(data, base)
		if err != nil {
			// Plan problems are about resources, not positions in a
			// topology document.
			return nil, &inputError{name: name, err: err}
		}
		in.plan, in.top = res, res.Topology
		return in, nil
	}
	top, err := residency.DecodeJSON(data)
	if err != nil {
		return nil, &inputError{name: name, data: data, err: err}
	}
	in.top = top
	return in, nil
}

// isTerraform reports whether data is a JSON object with a top-level
// "format_version" key, which Terraform's JSON output formats have and
// topology documents do not: a plan, or a state or other document that
// the plan reader rejects with a message saying what it is.
func isTerraform(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		if key == "format_version" {
			return true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
}

// pathPointer returns the JSON pointer of the element of top that a
// finding's path names most specifically: the last dataset, store or flow
// along it ("dataset/d/store/s" names store s, "store/s/flow/f/accessor/e"
// flow f); "" when the path names none. Other segments (operator,
// custodian, parent, accessor) come in pairs with the entity they name
// and are skipped. IDs may hold slashes: the longest ID that fits is
// taken.
func pathPointer(top *residency.Topology, path string) string {
	ids := func(kind string) []string {
		var out []string
		switch kind {
		case "dataset":
			for _, d := range top.Datasets {
				out = append(out, d.ID)
			}
		case "store":
			for _, s := range top.Stores {
				out = append(out, s.ID)
			}
		case "flow":
			for _, f := range top.Flows {
				out = append(out, f.ID)
			}
		}
		return out
	}
	ptr := ""
	rest := path
	for {
		kind, after, ok := strings.Cut(rest, "/")
		if !ok {
			return ptr
		}
		cands, best := ids(kind), -1
		for i, id := range cands {
			if (after == id || strings.HasPrefix(after, id+"/")) && (best < 0 || len(id) > len(cands[best])) {
				best = i
			}
		}
		if best < 0 {
			// Skip the kind and the ID that follows it.
			_, rest, _ = strings.Cut(after, "/")
			continue
		}
		ptr = fmt.Sprintf("/%ss/%d", kind, best)
		rest = strings.TrimPrefix(after[len(cands[best]):], "/")
	}
}

// locateRunes is locate with the column counted in Unicode code points,
// as SARIF counts them; 0, 0 when data does not parse.
func locateRunes(data []byte, ptr string) (int, int) {
	line, col := locate(data, ptr)
	if line == 0 {
		return 0, 0
	}
	start := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[start:], '\n')
		if i < 0 {
			return line, col
		}
		start += i + 1
	}
	end := min(start+col-1, len(data))
	return line, utf8.RuneCount(data[start:end]) + 1
}

// positioned is an input whose topology errors can be located in its
// document: a topology file, not a plan.
func (in *input) positioned() []byte {
	if in.plan != nil {
		return nil
	}
	return in.data
}

// printError prints err one problem per line. For an *inputError and
// problems that are *residency.ValidationError, each line is
// FILE:LINE:COLUMN: PATH: PROBLEM, the position looked up in the document
// when the error does not carry it.
func printError(w io.Writer, err error) {
	var ie *inputError
	if !errors.As(err, &ie) {
		fmt.Fprintf(w, "dataresidency: %v\n", err)
		return
	}
	for _, e := range flatten(ie.err) {
		var ve *residency.ValidationError
		if !errors.As(e, &ve) {
			fmt.Fprintf(w, "%s: %v\n", ie.name, e)
			continue
		}
		line, col := ve.Line, ve.Column
		path := ve.Pointer()
		if line == 0 && ie.data != nil && strings.HasPrefix(path, "/") {
			line, col = locate(ie.data, path)
		}
		msg := ve.Err.Error()
		switch {
		case line > 0 && path != "":
			fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", ie.name, line, col, path, msg)
		case line > 0:
			fmt.Fprintf(w, "%s:%d:%d: %s\n", ie.name, line, col, msg)
		case ve.Path != "":
			fmt.Fprintf(w, "%s: %s: %s\n", ie.name, ve.Path, msg)
		default:
			fmt.Fprintf(w, "%s: %s\n", ie.name, msg)
		}
	}
}

// flatten lists the members of an aggregate error: a multierror (which
// has WrappedErrors), an errors.Join, recursively; any other error is its
// own single member.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if m, ok := err.(interface{ WrappedErrors() []error }); ok {
		var out []error
		for _, e := range m.WrappedErrors() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// locate returns the 1-based line and byte column where the value at JSON
// pointer ptr starts in the JSON document data, or where its deepest
// existing ancestor starts; 0, 0 when data does not parse.
func locate(data []byte, ptr string) (int, int) {
	var parts []string
	for _, p := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		parts = append(parts, strings.NewReplacer("~1", "/", "~0", "~").Replace(p))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	best := int64(-1)
	errFound := errors.New("found")
	start := func() int64 {
		off := dec.InputOffset()
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
			off++
		}
		return off
	}
	// value reads one value; match reports whether its pointer is the
	// first depth parts of ptr.
	var value func(match bool, depth int) error
	value = func(match bool, depth int) error {
		off := start()
		if match {
			best = off
			if depth == len(parts) {
				return errFound
			}
		}
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return nil
		}
		for i := 0; dec.More(); i++ {
			key := strconv.Itoa(i)
			if d == '{' {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key, _ = k.(string)
			}
			if err := value(match && depth < len(parts) && key == parts[depth], depth+1); err != nil {
				return err
			}
		}
		_, err = dec.Token() // the closing delimiter
		return err
	}
	if err := value(true, 0); err != nil && !errors.Is(err, errFound) && best < 0 {
		return 0, 0
	}
	if best < 0 {
		return 0, 0
	}
	line, col := 1, 1
	for _, b := range data[:best] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
