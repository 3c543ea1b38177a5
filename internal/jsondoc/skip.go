package jsondoc

import "fmt"

// A skipper scans past values without decoding them, iteratively,
// checking their syntax and, when lim is set, the limits.
type skipper struct {
	data   []byte
	lim    *Limits // nil: no limits but maxDepth
	values *int    // values counted so far, when lim is set
	// maxDepth bounds the nesting below the value skipped when lim is nil
	// (0: none).
	maxDepth int
	stack    []skipFrame
}

type skipFrame struct {
	kind byte // '{' or '['
	n    int  // elements begun, of an array
}

// value scans past the value that starts at or after data[i] (after
// whitespace), nested under depth open objects and arrays, and returns
// the offset past it.
func (s *skipper) value(i, depth int) (int, *scanError) {
	data := s.data
	st := s.stack[:0]
	defer func() { s.stack = st[:0] }()
	for {
		// A value starts at i.
		i = skipSpace(data, i)
		if i >= len(data) {
			return 0, s.eof(st)
		}
		if s.lim != nil {
			*s.values++
			if s.lim.MaxValues > 0 && *s.values > s.lim.MaxValues {
				return 0, &scanError{kind: Limit, off: i, msg: fmt.Sprintf("more than %d values", s.lim.MaxValues)}
			}
		}
		switch c := data[i]; c {
		case '{', '[':
			d := depth + len(st) + 1
			if s.lim != nil && s.lim.MaxDepth > 0 && d > s.lim.MaxDepth {
				return 0, &scanError{kind: Limit, off: i, msg: fmt.Sprintf("nested deeper than %d levels", s.lim.MaxDepth)}
			}
			if s.lim == nil && s.maxDepth > 0 && len(st) >= s.maxDepth {
				return 0, &scanError{kind: Limit, off: i, msg: fmt.Sprintf("nested deeper than %d levels", s.maxDepth)}
			}
			st = append(st, skipFrame{kind: c})
			i = skipSpace(data, i+1)
			if i >= len(data) {
				return 0, s.eof(st)
			}
			if c == '[' {
				if data[i] == ']' {
					st = st[:len(st)-1]
					i++
					break // to after the value
				}
				if err := s.element(st, depth, i); err != nil {
					return 0, err
				}
				continue
			}
			if data[i] == '}' {
				st = st[:len(st)-1]
				i++
				break
			}
			var err *scanError
			if i, err = s.key(i); err != nil {
				return 0, err
			}
			continue
		case '"':
			end, _, _, err := s.str(i)
			if err != nil {
				return 0, err
			}
			i = end
		case 't', 'f', 'n':
			lit := "null"
			if c == 't' {
				lit = "true"
			} else if c == 'f' {
				lit = "false"
			}
			end, err := scanLiteral(data, i, lit)
			if err != nil {
				return 0, err
			}
			i = end
		default:
			if c != '-' && (c < '0' || c > '9') {
				return 0, unexpected(data, i, "where a value should start")
			}
			end, _, err := scanNumber(data, i)
			if err != nil {
				return 0, err
			}
			i = end
		}
		// After a value: close what ends here, then go on to the next
		// member or element.
	after:
		for {
			if len(st) == 0 {
				return i, nil
			}
			i = skipSpace(data, i)
			if i >= len(data) {
				return 0, s.eof(st)
			}
			top := &st[len(st)-1]
			c := data[i]
			switch {
			case c == ',':
				i = skipSpace(data, i+1)
				if top.kind == '[' {
					if err := s.element(st, depth, i); err != nil {
						return 0, err
					}
					break after
				}
				if i >= len(data) {
					return 0, s.eof(st)
				}
				if data[i] != '"' {
					return 0, unexpected(data, i, "where an object key (a string) should start")
				}
				var err *scanError
				if i, err = s.key(i); err != nil {
					return 0, err
				}
				break after
			case top.kind == '[' && c == ']', top.kind == '{' && c == '}':
				st = st[:len(st)-1]
				i++
			case top.kind == '[':
				return 0, unexpected(data, i, "after an array element, where ',' or ']' should be")
			default:
				return 0, unexpected(data, i, "after an object member, where ',' or '}' should be")
			}
		}
	}
}

// element counts an element of the innermost array of st, which starts at
// i, against the limits.
func (s *skipper) element(st []skipFrame, depth, i int) *scanError {
	top := &st[len(st)-1]
	top.n++
	if s.lim == nil {
		return nil
	}
	max := s.lim.MaxArray
	if depth+len(st) == 2 { // a member of the root object
		max = s.lim.MaxRootArray
	}
	if max > 0 && top.n > max {
		return &scanError{kind: Limit, off: i, msg: fmt.Sprintf("an array of more than %d elements", max)}
	}
	return nil
}

// key scans the key at data[i] and the colon after it, returning the
// offset of the value.
func (s *skipper) key(i int) (int, *scanError) {
	data := s.data
	if data[i] != '"' {
		return 0, unexpected(data, i, "where an object key (a string) or '}' should be")
	}
	end, _, _, err := s.str(i)
	if err != nil {
		return 0, err
	}
	i = skipSpace(data, end)
	if i >= len(data) {
		return 0, syntaxAt(len(data), "the document ends inside an object")
	}
	if data[i] != ':' {
		return 0, unexpected(data, i, "after an object key, where ':' should be")
	}
	return i + 1, nil
}

func (s *skipper) str(i int) (int, bool, int, *scanError) {
	max := 0
	if s.lim != nil {
		max = s.lim.MaxString
	}
	return scanString(s.data, i, max)
}

// eof is the error at the end of a document that ends inside a value.
func (s *skipper) eof(st []skipFrame) *scanError {
	if len(st) > 0 && st[len(st)-1].kind == '[' {
		return syntaxAt(len(s.data), "the document ends inside an array")
	}
	return syntaxAt(len(s.data), "the document ends inside an object")
}
