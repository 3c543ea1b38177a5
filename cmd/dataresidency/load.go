package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/dataresidency/dataresidency/internal/jsondoc"
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
	// NoData lists the resources of types that hold no customer data
	// (roles, networks, bucket policies): counted, not stores.
	NoData []planResource
	// Facts is the facts file applied to the plan, "" for none.
	Facts string
}

// factsFile is the facts file found by convention beside a plan.
var factsFile = "dataresidency.json"

// maxInputBytes is the largest FILE read: the larger of the topology
// document and plan limits (tfplan.go raises it to the plan limit should
// that be the larger). Tests lower it.
var maxInputBytes int64 = residency.MaxDocumentBytes

// readPlan converts the JSON of a Terraform plan into a topology. It is
// package residency/tfplan's Read, wired in tfplan.go; name names the
// topology. A nil readPlan means this build cannot read plans.
// facts is the facts document for the plan (nil for none), read from
// factsName; problems with it are an *inputError naming it.
var readPlan func(data []byte, name string, facts []byte, factsName string) (*planResult, error)

// An input is a loaded FILE argument.
type input struct {
	// name is the argument; uri the same as a URI reference for SARIF.
	name, uri string
	data      []byte
	// dropped is set when data was let go (see release).
	dropped bool
	top     *residency.Topology
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

// An inputFile is an opened FILE: an *os.File, or what a test puts in
// its place to see whether it was read.
type inputFile interface {
	io.Reader
	Stat() (fs.FileInfo, error)
}

// openInput opens FILE for reading. Tests replace it.
var openInput = func(name string) (inputFile, io.Closer, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f, nil
}

// readInput reads FILE ("-" for standard input), at most limit bytes: a
// larger input is an error that says so. A regular file (standard input
// redirected from one included) is refused on its size, before any of it
// is read, and read into a buffer of that size; other inputs (pipes,
// terminals, devices) are read in chunks and refused once the limit is
// passed, never holding more than limit+1 bytes.
func readInput(name string, limit int64) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, c, err := openInput(name)
		if err != nil {
			return nil, err
		}
		defer c.Close()
		r = f
	}
	hint := int64(-1)
	if f, ok := r.(inputFile); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size := fi.Size()
			if s, ok := r.(io.Seeker); ok && name == "-" {
				// Standard input may have been read partly before.
				if off, err := s.Seek(0, io.SeekCurrent); err == nil && off <= size {
					size -= off
				}
			}
			if size > limit {
				return nil, tooLarge(limit)
			}
			hint = size
		}
	}
	return readLimited(r, limit, hint)
}

func tooLarge(limit int64) error {
	return fmt.Errorf("larger than %s, the limit of an input; not read", sizeText(limit))
}

// Chunk sizes of readLimited for inputs of unknown size.
const (
	firstChunk = 64 << 10
	maxChunk   = 64 << 20
)

// readLimited reads r to its end, at most limit bytes; more is the error
// tooLarge. hint is the expected size, or -1 when it is not known. The
// data is read into chunks of growing size that are not copied as they
// grow, and joined at the end; a read of the expected size takes one.
func readLimited(r io.Reader, limit, hint int64) ([]byte, error) {
	var chunks [][]byte
	total := int64(0)
	size := int64(firstChunk)
	if hint >= 0 {
		size = hint + 1 // room to see the end without another chunk
	}
	for {
		size = min(size, limit+1-total)
		buf := make([]byte, size)
		n, err := io.ReadFull(r, buf)
		total += int64(n)
		if total > limit {
			return nil, tooLarge(limit)
		}
		if n > 0 {
			chunks = append(chunks, buf[:n])
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		// Past the size hint (a file that grew, or /proc reporting 0), grow as for
		// an input of unknown size.
		size = min(max(size*2, firstChunk), maxChunk)
	}
	switch len(chunks) {
	case 0:
		return []byte{}, nil
	case 1:
		return chunks[0], nil
	}
	return bytes.Join(chunks, nil), nil
}

// fileURI returns the path of FILE as what package sarif takes for a URI
// reference: it percent-encodes what a path may not hold, but keeps "%"
// escapes and schemes, so a literal "%" is encoded here, and a path whose
// first segment holds a colon ("a:b/t.json") is prefixed with "./" not to
// be read as a URI with a scheme. A Windows drive path is left to sarif,
// which makes it a file URI.
func fileURI(name string) string {
	p := strings.ReplaceAll(filepath.ToSlash(name), "%", "%25")
	if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ":") && filepath.VolumeName(name) == "" {
		p = "./" + p
	}
	return p
}

// sizeText writes a byte count for people: "512 MiB", "1000 bytes".
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// load reads FILE ("-" for standard input) and decodes the topology it
// holds, or the Terraform plan with its facts file: factsName, or else
// factsFile beside the plan if there is one.
func load(name, factsName string) (*input, error) {
	data, err := readInput(name, maxInputBytes)
	if err != nil {
		return nil, &inputError{name: name, err: err}
	}
	in := &input{name: name, data: data}
	tuneGC(len(data))
	if name != "-" {
		in.uri = fileURI(name)
	}
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		// Neither kind of document may start with one, and the decoders
		// would say only "invalid character 'ï'".
		return nil, &inputError{name: name, err: errors.New("starts with a UTF-8 byte-order mark; save it without one")}
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, &inputError{name: name, err: errors.New("this is a zip archive, such as a saved Terraform plan file: run \"terraform show -json " +
			filepath.Base(name) + " > plan.json\" and assess plan.json")}
	}
	if isTerraform(data) {
		if readPlan == nil {
			return nil, &inputError{name: name, err: errors.New("this is Terraform JSON (it has a format_version), and this build of dataresidency cannot read Terraform plans (package residency/tfplan is missing)")}
		}
		// The file's name names the topology, escaped: a topology's
		// text holds no control characters.
		base := escapeControls(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
		if name == "-" {
			base = "terraform-plan"
		}
		if factsName == "" && name != "-" {
			if p := filepath.Join(filepath.Dir(name), factsFile); p != filepath.Clean(name) {
				if _, err := os.Stat(p); err == nil {
					factsName = p
				}
			}
		}
		var facts []byte
		if factsName != "" {
			facts, err = readInput(factsName, residency.MaxDocumentBytes)
			if err != nil {
				return nil, &inputError{name: factsName, err: err}
			}
		}
		res, err := readPlan(data, base, facts, factsName)
		if err != nil {
			var ie *inputError
			if errors.As(err, &ie) {
				return nil, ie
			}
			// Plan problems are about resources, not positions in a
			// topology document.
			return nil, &inputError{name: name, err: err}
		}
		in.plan, in.top = res, res.Topology
		return in, nil
	}
	if factsName != "" {
		return nil, &inputError{name: name, err: errors.New("-facts applies to a Terraform plan; this is a topology document, which states its facts itself")}
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
	// A scan of the top-level keys, skipping their values by their
	// brackets and strings: parsing a large topology document only to
	// learn that it is not a plan cost a tenth of a run. A document that
	// is not JSON is not a plan; the topology decoder says what is wrong.
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i++
	for {
		i = skipSpace(data, i)
		if i >= len(data) || data[i] != '"' {
			return false
		}
		end := skipString(data, i)
		if end < 0 {
			return false
		}
		if string(data[i:end]) == `"format_version"` {
			return true
		}
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		if i = skipValue(data, skipSpace(data, i+1)); i < 0 {
			return false
		}
		i = skipSpace(data, i)
		if i >= len(data) || data[i] != ',' {
			return false
		}
		i++
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the string starting at data[i] (a
// quote), or -1 if it does not end.
func skipString(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// skipValue returns the index after the value starting at data[i], by its
// brackets (matched) and strings alone, or -1 if it does not end.
func skipValue(data []byte, i int) int {
	var open []byte // the brackets open, innermost last
	for i < len(data) {
		switch c := data[i]; c {
		case '"':
			if i = skipString(data, i); i < 0 {
				return -1
			}
			if len(open) == 0 {
				return i
			}
			continue
		case '{', '[':
			open = append(open, c)
		case '}', ']':
			if len(open) == 0 {
				return i // the end of the object holding a scalar
			}
			if want := open[len(open)-1]; c == '}' && want != '{' || c == ']' && want != '[' {
				return -1
			}
			open = open[:len(open)-1]
			if len(open) == 0 {
				return i + 1
			}
		case ',':
			if len(open) == 0 {
				return i
			}
		}
		i++
	}
	if len(open) == 0 {
		return i
	}
	return -1
}

// A locator places findings in a topology document. It indexes the IDs
// of datasets, stores and flows once, and reads the document once for
// where each element of its top-level arrays starts, so that placing
// every finding of a large report stays linear: looking each one up in
// the document afresh would read the document once per finding.
type locator struct {
	ids map[string]map[string]int // "dataset", "store", "flow": ID → index
	// at holds, per top-level array ("datasets", "stores", "flows",
	// "waivers"), the line and column (in Unicode code points, as SARIF
	// counts them) where each element starts.
	at map[string][][2]int
}

// newLocator indexes top and its document data (nil for none).
func newLocator(top *residency.Topology, data []byte) *locator {
	l := &locator{ids: map[string]map[string]int{}, at: map[string][][2]int{}}
	index := func(kind string, n int, id func(int) string) {
		m := make(map[string]int, n)
		for i := range n {
			if _, dup := m[id(i)]; !dup {
				m[id(i)] = i
			}
		}
		l.ids[kind] = m
	}
	if top != nil {
		index("dataset", len(top.Datasets), func(i int) string { return top.Datasets[i].ID })
		index("store", len(top.Stores), func(i int) string { return top.Stores[i].ID })
		index("flow", len(top.Flows), func(i int) string { return top.Flows[i].ID })
	}
	if data != nil && top != nil {
		l.read(data, top)
	}
	return l
}

// read records where the elements of the document's top-level arrays
// start, in one reading of the document; top is the topology decoded from
// it, which says how many there are.
func (l *locator) read(data []byte, top *residency.Topology) {
	arrays := []struct {
		name string
		n    int
	}{{"datasets", len(top.Datasets)}, {"stores", len(top.Stores)}, {"flows", len(top.Flows)}, {"waivers", len(top.Waivers)}}
	var ptrs []string
	for _, a := range arrays {
		for i := range a.n {
			ptrs = append(ptrs, "/"+a.name+"/"+strconv.Itoa(i))
		}
	}
	at := jsondoc.Locate(data, ptrs)
	type elem struct {
		array      string
		index, off int
	}
	elems := make([]elem, 0, len(ptrs))
	for _, a := range arrays {
		l.at[a.name] = make([][2]int, a.n)
		for i := range a.n {
			elems = append(elems, elem{a.name, i, at[ptrs[len(elems)]].Offset})
		}
	}
	// Columns in code points, looked up in document order: together one
	// reading of the document.
	slices.SortFunc(elems, func(a, b elem) int { return a.off - b.off })
	li := jsondoc.NewLineIndex(data)
	for _, e := range elems {
		l.at[e.array][e.index] = [2]int{li.Position(e.off).Line, li.RuneColumn(e.off)}
	}
}

// element returns the kind ("dataset", "store" or "flow") and index of
// the element of the topology that a finding's path names most
// specifically: its flow, else its store, else its dataset, of those the
// topology has; "" when it names none.
func (l *locator) element(p residency.Path) (string, int) {
	for _, e := range [...]struct{ kind, id string }{{"flow", p.Flow}, {"store", p.Store}, {"dataset", p.Dataset}} {
		if i, ok := l.ids[e.kind][e.id]; ok && e.id != "" {
			return e.kind, i
		}
	}
	return "", -1
}

// position returns the line and column (in code points) of the element a
// finding's path names, or 0, 0.
func (l *locator) position(p residency.Path) (int, int) {
	kind, index := l.element(p)
	if kind == "" {
		return 0, 0
	}
	return l.start(kind+"s", index)
}

// start returns where element index of top-level array starts, or 0, 0.
func (l *locator) start(array string, index int) (int, int) {
	if at := l.at[array]; index >= 0 && index < len(at) {
		return at[index][0], at[index][1]
	}
	return 0, 0
}

// largeInput is the size of input from which the garbage collector runs
// more often (see tuneGC).
const largeInput = 64 << 20

// tuneGC sets the garbage collector's target to 35% (from Go's 100%)
// for an input of largeInput bytes or more, unless GOGC is set: the
// assessment of a large estate holds about eight times its document in
// live memory, and with the default target the process grows to twice
// that. Measured with /usr/bin/time on a 100,000-store synth estate (96
// MB, -format json): peak RSS 1,530-1,535 MiB at 100% (GOGC=100),
// 1,266-1,356 MiB at 35%, wall time 5.4-5.5 s at both; 25% saved about
// 100 MiB more for 10% more time.
func tuneGC(size int) {
	if size >= largeInput && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(35)
	}
}

// positioned is an input whose topology errors can be located in its
// document: a topology file, not a plan.
func (in *input) positioned() []byte {
	if in.plan != nil {
		return nil
	}
	if in.data == nil && in.dropped {
		// Let go while the topology was assessed (see release): read
		// again to place the errors; a file that changed since, or
		// cannot be read, places none.
		if data, err := readInput(in.name, maxInputBytes); err == nil && in.top != nil {
			in.data = data
		}
	}
	return in.data
}

// release lets the document's bytes go, for an input read from a file
// whose report will not place findings in it: a large document is not
// held through the assessment. positioned reads it again if errors must
// be placed.
func (in *input) release() {
	if in.name != "-" && in.plan == nil {
		in.data, in.dropped = nil, true
	}
}

// printError prints err one problem per line. For an *inputError and
// problems that are *residency.ValidationError, each line is
// FILE:LINE:COLUMN: PATH: PROBLEM, the position looked up in the document
// when the error does not carry it. The file name, pointer and message
// are escaped (see escapeControls): they come from the input. Each line
// is capped at maxLineBytes, the rest counted: a message may quote a
// value of the input whole.
func printError(w io.Writer, err error) {
	var ie *inputError
	if !errors.As(err, &ie) {
		printMessage(w, "dataresidency: ", err.Error())
		return
	}
	problems := flatten(ie.err)
	// The positions the problems do not carry, found in one reading of the
	// document.
	var unplaced []string
	for _, e := range problems {
		var ve *residency.ValidationError
		if errors.As(e, &ve) && ve.Line == 0 && strings.HasPrefix(ve.Pointer(), "/") {
			unplaced = append(unplaced, ve.Pointer())
		}
	}
	var placed map[string][2]int
	if ie.data != nil && len(unplaced) > 0 {
		placed = locateAll(ie.data, unplaced)
	}
	name := escapeControls(ie.name)
	for _, e := range problems {
		var ve *residency.ValidationError
		if !errors.As(e, &ve) {
			printLine(w, name+": "+escapeControls(e.Error()))
			continue
		}
		line, col := ve.Line, ve.Column
		path := ve.Pointer()
		if at, ok := placed[path]; ok && line == 0 {
			line, col = at[0], at[1]
		}
		msg := escapeControls(ve.Err.Error())
		switch {
		case line > 0 && path != "":
			printLine(w, fmt.Sprintf("%s:%d:%d: %s: %s", name, line, col, escapeControls(path), msg))
		case line > 0:
			printLine(w, fmt.Sprintf("%s:%d:%d: %s", name, line, col, msg))
		case ve.Path != "":
			printLine(w, fmt.Sprintf("%s: %s: %s", name, escapeControls(ve.Path), msg))
		default:
			printLine(w, fmt.Sprintf("%s: %s", name, msg))
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

// locateAll returns, for each JSON pointer, the 1-based line and byte
// column where its value starts in the JSON document data, or where its
// deepest existing ancestor starts (the document's start when data does
// not parse), in one reading of the document.
func locateAll(data []byte, ptrs []string) map[string][2]int {
	out := make(map[string][2]int, len(ptrs))
	for ptr, p := range jsondoc.Locate(data, ptrs) {
		out[ptr] = [2]int{p.Line, p.Column}
	}
	return out
}
