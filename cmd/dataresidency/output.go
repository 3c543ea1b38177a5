package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// An output is one thing a command writes: the flag that names where
// ("-o", "-svg", …), its argument and the bytes. The argument "-" is
// standard output; so is "" for -o, its default; for another flag ""
// means the output is not wanted. At most one output of a run goes to
// standard output.
type output struct {
	flag, path string
	data       []byte
	// write, when set, writes the output instead of data: a large report
	// is streamed to its file, not held whole in memory first.
	write func(io.Writer) error
}

// writeTo writes the output's bytes to w.
func (o output) writeTo(w io.Writer) error {
	if o.write != nil {
		return o.write(w)
	}
	_, err := w.Write(o.data)
	return err
}

// stdout reports whether the output goes to standard output.
func (o output) stdout() bool { return o.path == "-" || o.path == "" && o.flag == "-o" }

// wanted reports whether the output is to be written.
func (o output) wanted() bool { return o.path != "" || o.flag == "-o" }

// name is how messages name the output: its flag and argument.
func (o output) name() string {
	if o.path == "" {
		return o.flag + " (standard output, the default)"
	}
	return o.flag + " " + o.path
}

// A target is an output checked and resolved: the file it replaces.
type target struct {
	output
	// file is the path written: the output's path with symbolic links
	// resolved; key the same made absolute, for comparing paths of files
	// that do not exist yet.
	file, key string
	// info describes the existing file, nil for a new one.
	info fs.FileInfo
	// tmp is the temporary file the data is staged in, next to file.
	tmp string
}

// An outputError is an output refused or not written.
type outputError struct{ msg string }

func (e *outputError) Error() string { return e.msg }

func outputErrorf(format string, args ...any) error {
	return &outputError{fmt.Sprintf(format, args...)}
}

// writeOutputs writes outs after checking them all: no output may be one
// of the inputs (the FILE arguments, "-" for standard input), two may not
// be the same file, and at most one may go to standard output. Files are
// replaced atomically: each is written to a temporary file in its
// directory, and renamed over the file only once every output has been
// staged, so that a bad path writes nothing. A path that is a symbolic
// link is resolved and the file it leads to replaced (as shell
// redirection would write through it); an existing file keeps its
// permissions, a new one gets 0644 less the umask. An existing file that
// is not a regular one (/dev/null, a named pipe) is written in place.
// Standard output is written last. It returns exitUsage, having said
// why, when an output is refused or cannot be written.
func writeOutputs(stdout, stderr io.Writer, inputs []string, outs []output) int {
	targets, err := checkOutputs(stdout, inputs, outs)
	if err == nil {
		err = commit(targets)
	}
	if err != nil {
		printMessage(stderr, "dataresidency: ", err.Error())
		return exitUsage
	}
	for _, t := range targets {
		if t.stdout() {
			if err := t.writeTo(stdout); err != nil {
				printMessage(stderr, "dataresidency: ", "writing output: "+err.Error())
				return exitUsage
			}
		}
	}
	return exitOK
}

// checkOutputs checks and resolves the outputs' paths (see writeOutputs).
func checkOutputs(stdout io.Writer, inputs []string, outs []output) ([]target, error) {
	var targets []target
	var toStdout *output
	// What standard output and input are, when they are files, to catch
	// an output path that names them.
	var stdoutInfo, stdinInfo fs.FileInfo
	if f, ok := stdout.(*os.File); ok {
		stdoutInfo, _ = f.Stat()
	}
	if f, ok := stdin.(*os.File); ok {
		stdinInfo, _ = f.Stat()
	}
	for i := range outs {
		o := outs[i]
		if !o.wanted() {
			continue
		}
		if o.stdout() {
			if toStdout != nil {
				if toStdout.path == "" {
					return nil, outputErrorf("%s: standard output already carries the report; give %s FILE to write the report elsewhere", o.name(), toStdout.flag)
				}
				return nil, outputErrorf("%s and %s both name standard output; only one output can go there", toStdout.name(), o.name())
			}
			toStdout = &outs[i]
			targets = append(targets, target{output: o})
			continue
		}
		file, err := resolveOutput(o.path)
		if err != nil {
			return nil, outputErrorf("%s: %v", o.name(), err)
		}
		t := target{output: o, file: file, key: canonical(file)}
		switch fi, err := os.Stat(file); {
		case err == nil && fi.IsDir():
			return nil, outputErrorf("%s: is a directory", o.name())
		case err == nil:
			t.info = fi
		case errors.Is(err, fs.ErrNotExist):
			dir := filepath.Dir(file)
			if di, err := os.Stat(dir); err != nil {
				return nil, outputErrorf("%s: %v", o.name(), err)
			} else if !di.IsDir() {
				return nil, outputErrorf("%s: %s is not a directory", o.name(), dir)
			}
		default:
			return nil, outputErrorf("%s: %v", o.name(), err)
		}
		if t.info != nil && !t.info.Mode().IsRegular() {
			// A device or named pipe (/dev/null) is written in place,
			// replacing nothing: it may be named more than once.
			targets = append(targets, t)
			continue
		}
		for _, in := range inputs {
			var same bool
			if in == "-" {
				same = stdinInfo != nil && t.info != nil && os.SameFile(stdinInfo, t.info)
			} else if fi, err := os.Stat(in); err == nil && t.info != nil {
				same = os.SameFile(fi, t.info)
			} else {
				same = canonical(in) == t.key
			}
			if same {
				what := "the input FILE " + in
				if in == "-" {
					what = "standard input, the input"
				}
				return nil, outputErrorf("%s: is %s; refusing to overwrite it", o.name(), what)
			}
		}
		for _, u := range targets {
			if u.stdout() {
				continue
			}
			if u.info != nil && !u.info.Mode().IsRegular() {
				continue
			}
			if t.key == u.key || t.info != nil && u.info != nil && os.SameFile(t.info, u.info) {
				return nil, outputErrorf("%s and %s name the same file; give each output its own", u.name(), o.name())
			}
		}
		targets = append(targets, t)
	}
	// Standard output may be named as a file after the output that goes
	// there.
	if toStdout != nil && stdoutInfo != nil {
		for _, t := range targets {
			if !t.stdout() && t.info != nil && t.info.Mode().IsRegular() && os.SameFile(stdoutInfo, t.info) {
				return nil, outputErrorf("%s: is standard output, where %s goes", t.name(), toStdout.name())
			}
		}
	}
	return targets, nil
}

// maxSymlinks bounds the symbolic links followed to an output's file.
const maxSymlinks = 40

// resolveOutput follows the symbolic links from path p to the file they
// lead to, which need not exist (a dangling link's target is created).
func resolveOutput(p string) (string, error) {
	for range maxSymlinks {
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			// Not a link; a missing file is created, other errors are
			// reported when the file is checked.
			return p, nil
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			// Relative to the link's directory, not cleaned: ".." after a
			// linked directory is resolved by the system, not lexically.
			dest = filepath.Dir(p) + string(filepath.Separator) + dest
		}
		p = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// canonical returns path p absolute, its directory's symbolic links
// resolved where it exists, to compare paths of files that may not exist.
func canonical(p string) string {
	if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		if abs, err := filepath.Abs(filepath.Join(dir, filepath.Base(p))); err == nil {
			return abs
		}
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// commit writes the file targets: it stages the regular and new files in
// temporary files, writes the others in place, and renames the staged
// files over theirs. On an error it removes what it staged; files renamed
// before a failed rename (which should not happen in one directory)
// stay.
func commit(targets []target) (err error) {
	var staged []*target
	defer func() {
		if err != nil {
			for _, t := range staged {
				os.Remove(t.tmp)
			}
		}
	}()
	for i := range targets {
		t := &targets[i]
		if t.stdout() || t.info != nil && !t.info.Mode().IsRegular() {
			continue
		}
		if err := stage(t); err != nil {
			if t.tmp != "" {
				os.Remove(t.tmp)
			}
			return outputErrorf("%s: %v", t.name(), err)
		}
		staged = append(staged, t)
	}
	for i := range targets {
		t := &targets[i]
		if t.stdout() || t.info == nil || t.info.Mode().IsRegular() {
			continue
		}
		if err := writeInPlace(t); err != nil {
			return outputErrorf("%s: %v", t.name(), err)
		}
	}
	for len(staged) > 0 {
		t := staged[0]
		if err := os.Rename(t.tmp, t.file); err != nil {
			return outputErrorf("%s: %v", t.name(), err)
		}
		staged = staged[1:]
	}
	return nil
}

// stage writes t's data to a new temporary file next to t's file, with
// the permissions the file will have.
func stage(t *target) error {
	dir, base := filepath.Split(t.file)
	if len(base) > 100 {
		base = base[:100] // room for the suffix within a name's length limit
	}
	perm := fs.FileMode(0o644)
	if t.info != nil {
		perm = t.info.Mode().Perm()
	}
	var f *os.File
	for try := 0; ; try++ {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64()%1e12, 36)+".tmp")
		var err error
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if err == nil {
			t.tmp = name
			break
		}
		if !errors.Is(err, fs.ErrExist) || try == 100 {
			return err
		}
	}
	err := t.writeTo(f)
	if err == nil && t.info != nil {
		// Keep the existing file's permissions, whatever the umask.
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeInPlace writes t's data to its existing file that is not a
// regular one (a device, a named pipe), which cannot be replaced.
func writeInPlace(t *target) error {
	f, err := os.OpenFile(t.file, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	err = t.writeTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// checkPaths checks outputs' paths before anything is read or computed
// (see writeOutputs), which checks them again when it writes.
func checkPaths(stdout, stderr io.Writer, inputs []string, outs []output) int {
	if _, err := checkOutputs(stdout, inputs, outs); err != nil {
		printMessage(stderr, "dataresidency: ", err.Error())
		return exitUsage
	}
	return exitOK
}
