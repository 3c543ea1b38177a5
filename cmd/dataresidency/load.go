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

	"github.com/dataresidency/dataresidency/residency"
)

// A planResource is a resource of a Terraform plan that the plan reader
// did not check, or only partly, and why.
type planResource struct {
	Address, Type, Reason string
}

// A planResult is what the plan reader found in a Terraform plan.
type planResult struct {
	Topology *residency.Topology
	// Unsupported resources were not checked; Unlocated ones have no
	// known location and are not in the topology; Notes record facts
	// simplified to fit the topology.
	Unsupported, Unlocated, Notes []planResource
}

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

// load reads FILE ("-" for standard input) and decodes the topology it
// holds, or the Terraform plan.
func load(name string) (*input, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, residency.MaxDocumentBytes+1))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, &inputError{name: name, err: err}
	}
	in := &input{name: name, data: data}
	if name != "-" {
		in.uri = filepath.ToSlash(name)
	}
	if isPlan(data) {
		if readPlan == nil {
			return nil, &inputError{name: name, err: errors.New("this is a Terraform plan, and this build of dataresidency cannot read plans (package residency/tfplan is missing)")}
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

// isPlan reports whether data is a JSON object with the top-level keys of
// a Terraform plan, "format_version" and "planned_values".
func isPlan(data []byte) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		return false
	}
	_, version := top["format_version"]
	_, planned := top["planned_values"]
	return version && planned
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
