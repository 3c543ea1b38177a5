package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/sarif"
)

// countingFile counts the reads of an opened FILE.
type countingFile struct {
	*os.File
	reads *int
}

func (f countingFile) Read(p []byte) (int, error) {
	*f.reads++
	return f.File.Read(p)
}

// countReads makes readInput count the reads of the files it opens.
func countReads(t *testing.T) *int {
	t.Helper()
	reads := new(int)
	old := openInput
	t.Cleanup(func() { openInput = old })
	openInput = func(name string) (inputFile, io.Closer, error) {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, err
		}
		return countingFile{f, reads}, f, nil
	}
	return reads
}

// sparse makes a sparse file of size bytes, all zeros: not a topology.
func sparse(t *testing.T, size int64) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "big.json")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOversizeFileNotRead checks that a regular file over the limit is
// refused on its size, before any of it is read (D11): the reads of the
// file are counted, and its content (zeros) would be refused as invalid
// had it been read.
func TestOversizeFileNotRead(t *testing.T) {
	reads := countReads(t)
	const limit = 1000
	p := sparse(t, limit+1)
	data, err := readInput(p, limit)
	if err == nil || !strings.Contains(err.Error(), "larger than 1000 bytes, the limit of an input; not read") || data != nil {
		t.Errorf("got %d bytes, %v; want the size refused", len(data), err)
	}
	if *reads != 0 {
		t.Errorf("the oversize file was read %d times before it was refused", *reads)
	}
	// At the limit it is read, in one read of its size and one that sees
	// its end, and then it is not a topology.
	p = sparse(t, limit)
	*reads = 0
	if data, err := readInput(p, limit); err != nil || len(data) != limit {
		t.Errorf("at the limit: %d bytes, %v", len(data), err)
	}
	if *reads > 2 {
		t.Errorf("a file of known size took %d reads", *reads)
	}

	// The command: a terabyte (sparse) against the real limit, refused
	// with no read.
	*reads = 0
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", sparse(t, 1<<40))
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "big.json: larger than 1536 MiB, the limit of an input; not read") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if *reads != 0 {
		t.Errorf("the 1 TB file was read %d times", *reads)
	}
}

// TestOversizeStdinFileNotRead checks that standard input redirected from
// a regular file is refused on its size too, without reading it (its
// offset stays put), and that what was read of it before counts.
func TestOversizeStdinFileNotRead(t *testing.T) {
	const limit = 1000
	f, err := os.Open(sparse(t, limit+10))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := stdin
	defer func() { stdin = old }()
	stdin = f
	if _, err := readInput("-", limit); err == nil || !strings.Contains(err.Error(), "larger than 1000 bytes") {
		t.Errorf("got %v, want the size refused", err)
	}
	if off, err := f.Seek(0, io.SeekCurrent); off != 0 || err != nil {
		t.Errorf("standard input was read to offset %d (%v) before it was refused", off, err)
	}
	// Standard input 20 bytes into the file: 990 bytes are left.
	if _, err := f.Seek(20, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if data, err := readInput("-", limit); err != nil || len(data) != limit-10 {
		t.Errorf("from offset 20: %d bytes, %v; want %d", len(data), err, limit-10)
	}
}

// endless is an input of unknown size that never ends.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestOversizeStreamBounded checks that an input of unknown size (a pipe)
// is refused once it passes the limit, having read at most limit+1 bytes
// and allocated little more than that: not the doubling growth of
// io.ReadAll, which for the 512 MiB limit reached 1.23 GiB (D11).
func TestOversizeStreamBounded(t *testing.T) {
	const limit = 16 << 20
	in := &endless{}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	data, err := readLimited(in, limit, -1)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "larger than 16 MiB") || data != nil {
		t.Fatalf("got %d bytes, %v; want the size refused", len(data), err)
	}
	if in.n > limit+1 {
		t.Errorf("read %d bytes of a stream, more than the limit %d + 1", in.n, limit)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > limit+limit/4 {
		t.Errorf("allocated %d bytes to refuse a stream over %d bytes", alloc, limit)
	}
	// Under the limit, a stream of several chunks is read whole and in
	// order.
	want := bytes.Repeat([]byte("0123456789abcdef"), 3*firstChunk/16+7)
	got, err := readLimited(io.MultiReader(bytes.NewReader(want[:10]), bytes.NewReader(want[10:])), limit, -1)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("read %d bytes, %v; want the %d bytes given", len(got), err, len(want))
	}
	// A file that grew after it was measured is still held to the limit.
	if _, err := readLimited(bytes.NewReader(make([]byte, 100)), 50, 10); err == nil {
		t.Error("an input larger than its size hint and the limit was accepted")
	}
	if got, err := readLimited(bytes.NewReader(make([]byte, 40)), 50, 10); err != nil || len(got) != 40 {
		t.Errorf("an input larger than its size hint: %d bytes, %v", len(got), err)
	}
}

// TestFileURI checks the URI references of FILE paths in SARIF logs: a
// literal "%", "#" and "?" and a colon in the first segment name the file
// itself (D16).
func TestFileURI(t *testing.T) {
	for _, tt := range []struct{ path, want string }{
		{"examples/dublin/topology.json", "examples/dublin/topology.json"},
		{"my file#1?.json", "my%20file%231%3F.json"},
		{"100%41.json", "100%2541.json"},
		{"ab:c.json", "./ab:c.json"},
		{"https:/x/t.json", "./https:/x/t.json"},
		{"/tmp/a b/t.json", "/tmp/a%20b/t.json"},
	} {
		if got := sarifURI(fileURI(tt.path)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.path, got, tt.want)
		}
	}
	// End to end: a file named "my file#1?.json".
	dir := t.TempDir()
	data, err := os.ReadFile(example(dublin))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "my file#1?.json")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-format", "sarif", p)
	// Outside a repository, the document is relative to its directory,
	// which the run's SRCROOT names.
	for _, want := range []string{`"uri": "my%20file%231%3F.json"`, `"uriBaseId": "SRCROOT"`, `"uri": "file://` + filepath.ToSlash(dir) + `/"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the log does not hold %s\n%.300s", want, stderr)
		}
	}
}

// sarifURI is the URI reference the SARIF log gives to uri.
func sarifURI(uri string) string {
	rep := &residency.Report{Obligations: []residency.Obligation{{ID: "O:x", Dataset: "d"}}}
	var buf bytes.Buffer
	if err := sarif.Write(&buf, rep, nil, uri); err != nil {
		return "error: " + err.Error()
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil || len(log.Runs) == 0 || len(log.Runs[0].Results) == 0 || len(log.Runs[0].Results[0].Locations) == 0 {
		return fmt.Sprintf("no location: %v %s", err, buf.String())
	}
	return log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
}

// TestByteOrderMark checks that a topology or plan that starts with a
// UTF-8 byte-order mark is refused saying so (D17), not as "invalid
// character 'ï'".
func TestByteOrderMark(t *testing.T) {
	top, err := os.ReadFile(example(dublin))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := os.ReadFile(filepath.Join("..", "..", "residency", "tfplan", "testdata", "aws.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"topology.json": top, "plan.json": plan} {
		p := writeTemp(t, name, "\ufeff"+string(data))
		code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", p)
		want := p + ": starts with a UTF-8 byte-order mark; save it without one\n"
		if code != exitUsage || stdout != "" || stderr != want {
			t.Errorf("%s: exit %d\n%s\nwant %s", name, code, stderr, want)
		}
	}
}

// TestIsTerraformScan: a plan is known by a top-level format_version key,
// whatever comes before it; nothing else is a plan, broken JSON included.
func TestIsTerraformScan(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		want bool
	}{
		{`{"format_version":"1.2"}`, true},
		{` {"terraform_version": "1.0.8", "x": {"a": [1, "}", {"b": "\""}]}, "n": -1.5e3, "t": true, "format_version": "0.2"}`, true},
		{`{"name":"t","stores":[{"format_version":"1"}]}`, false},
		{`{"name":"format_version"}`, false},
		{`{"datasets":[],"stores":[]}`, false},
		{`{}`, false},
		{`[{"format_version":"1"}]`, false},
		{`{"a":"unterminated`, false},
		{`{"a":[1,2}, "format_version":"1"}`, false},
		{`{"a" "b", "format_version":"1"}`, false},
		{``, false},
	} {
		if got := isTerraform([]byte(tc.doc)); got != tc.want {
			t.Errorf("isTerraform(%s) = %v, want %v", tc.doc, got, tc.want)
		}
	}
}
