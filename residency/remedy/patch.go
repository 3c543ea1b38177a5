package remedy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrPatch is the error of a patch that does not apply to a document.
var ErrPatch = errors.New("remedy: patch does not apply")

// ApplyPatch applies the operations of an RFC 6902 JSON Patch (add,
// remove, replace) to a JSON document, in order, and returns the patched
// document, indented. A document that is not JSON, a path that does not
// resolve, or an operation the package does not write is an error
// wrapping ErrPatch; doc is not modified.
func ApplyPatch(doc []byte, ops []Op) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPatch, err)
	}
	for i, op := range ops {
		var err error
		root, err = apply(root, op)
		if err != nil {
			return nil, fmt.Errorf("%w: operation %d (%s %s): %v", ErrPatch, i, op.Op, op.Path, err)
		}
	}
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPatch, err)
	}
	return append(out, '\n'), nil
}

// pointer splits an RFC 6901 JSON pointer into its unescaped tokens.
func pointer(p string) ([]string, error) {
	if p == "" {
		return nil, nil
	}
	if !strings.HasPrefix(p, "/") {
		return nil, fmt.Errorf("pointer %q does not start with /", p)
	}
	parts := strings.Split(p[1:], "/")
	for i, s := range parts {
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
	}
	return parts, nil
}

func apply(root any, op Op) (any, error) {
	toks, err := pointer(op.Path)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, errors.New("an operation on the whole document")
	}
	var value any
	if op.Op == "add" || op.Op == "replace" {
		// The value as JSON would give it: maps and slices of any.
		b, err := json.Marshal(op.Value)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		if err := dec.Decode(&value); err != nil {
			return nil, err
		}
	}
	parent, err := walk(root, toks[:len(toks)-1])
	if err != nil {
		return nil, err
	}
	last := toks[len(toks)-1]
	switch c := parent.(type) {
	case map[string]any:
		_, has := c[last]
		switch op.Op {
		case "add":
			c[last] = value
		case "replace":
			if !has {
				return nil, fmt.Errorf("no member %q to replace", last)
			}
			c[last] = value
		case "remove":
			if !has {
				return nil, fmt.Errorf("no member %q to remove", last)
			}
			delete(c, last)
		default:
			return nil, fmt.Errorf("operation %q is not supported", op.Op)
		}
		return root, nil
	case []any:
		n := len(c)
		i := n
		if last != "-" {
			i, err = strconv.Atoi(last)
			if err != nil || i < 0 || i > n || (op.Op != "add" && i == n) {
				return nil, fmt.Errorf("index %q out of range (%d elements)", last, n)
			}
		} else if op.Op != "add" {
			return nil, errors.New(`"-" names no element`)
		}
		var next []any
		switch op.Op {
		case "add":
			next = append(append(append([]any{}, c[:i]...), value), c[i:]...)
		case "replace":
			next = append([]any{}, c...)
			next[i] = value
		case "remove":
			next = append(append([]any{}, c[:i]...), c[i+1:]...)
		default:
			return nil, fmt.Errorf("operation %q is not supported", op.Op)
		}
		return replaceAt(root, toks[:len(toks)-1], next)
	}
	return nil, fmt.Errorf("%s is not an object or array", strings.Join(toks[:len(toks)-1], "/"))
}

// walk follows toks from v.
func walk(v any, toks []string) (any, error) {
	for _, t := range toks {
		switch c := v.(type) {
		case map[string]any:
			next, ok := c[t]
			if !ok {
				return nil, fmt.Errorf("no member %q", t)
			}
			v = next
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("index %q out of range", t)
			}
			v = c[i]
		default:
			return nil, fmt.Errorf("%q: not an object or array", t)
		}
	}
	return v, nil
}

// replaceAt puts v at toks in root (a new slice replacing an old one).
func replaceAt(root any, toks []string, v any) (any, error) {
	if len(toks) == 0 {
		return v, nil
	}
	parent, err := walk(root, toks[:len(toks)-1])
	if err != nil {
		return nil, err
	}
	last := toks[len(toks)-1]
	switch c := parent.(type) {
	case map[string]any:
		c[last] = v
	case []any:
		i, _ := strconv.Atoi(last)
		c[i] = v
	}
	return root, nil
}
