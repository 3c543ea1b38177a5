package jsondoc

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// A scanError is a syntax error or an exceeded limit found while scanning,
// at byte offset off.
type scanError struct {
	kind Kind
	off  int
	msg  string
}

func syntaxAt(off int, format string, args ...any) *scanError {
	return &scanError{kind: Syntax, off: off, msg: fmt.Sprintf(format, args...)}
}

// plain marks the bytes that stand for themselves in a string: printable
// ASCII other than '"' and '\\'.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// isSpace reports whether c is JSON whitespace.
func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// skipSpace returns the offset of the first byte at or after i that is
// not whitespace.
func skipSpace(data []byte, i int) int {
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	return i
}

// scanString scans the string whose opening quote is at data[i]. It
// returns the offset past the closing quote, whether the string holds
// escapes, and its length once unescaped. A string longer than max bytes
// unescaped (max > 0) is a Limit error at i.
func scanString(data []byte, i, max int) (end int, escaped bool, n int, err *scanError) {
	start := i
	i++
	for {
		// The bytes that stand for themselves, in a run.
		j := i
		for j < len(data) && plain[data[j]] {
			j++
		}
		n += j - i
		i = j
		if max > 0 && n > max {
			return 0, false, 0, &scanError{kind: Limit, off: start, msg: fmt.Sprintf("a string of more than %d bytes", max)}
		}
		if i >= len(data) {
			return 0, false, 0, syntaxAt(len(data), "the document ends inside a string")
		}
		c := data[i]
		switch {
		case c == '"':
			return i + 1, escaped, n, nil
		case c == '\\':
			escaped = true
			if i+1 >= len(data) {
				return 0, false, 0, syntaxAt(len(data), "the document ends inside a string")
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				n++
				i += 2
			case 'u':
				r, ok := hex4(data, i+2)
				if !ok {
					return 0, false, 0, badHex(data, i+2)
				}
				i += 6
				if utf16.IsSurrogate(r) {
					// A pair, or else U+FFFD, as encoding/json decodes it.
					if r2, ok := escapeAt(data, i); ok && utf16.DecodeRune(r, r2) != utf8.RuneError {
						n += 4
						i += 6
						break
					}
					r = utf8.RuneError
				}
				n += utf8.RuneLen(r)
			default:
				if d := data[i+1]; d >= utf8.RuneSelf {
					return 0, false, 0, syntaxAt(i+1, "invalid escape in a string: a backslash before a non-ASCII character")
				}
				return 0, false, 0, syntaxAt(i+1, "invalid escape %s in a string", quoteByte(data[i+1]))
			}
		case c < 0x20:
			return 0, false, 0, syntaxAt(i, "invalid character %s in a string: control characters must be escaped", quoteByte(c))
		default: // c >= 0x80
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return 0, false, 0, syntaxAt(i, "invalid UTF-8 (byte 0x%02x) in a string", c)
			}
			n += size
			i += size
		}
		if max > 0 && n > max {
			return 0, false, 0, &scanError{kind: Limit, off: start, msg: fmt.Sprintf("a string of more than %d bytes", max)}
		}
	}
}

// escapeAt returns the code unit of the \uXXXX escape at data[i], if
// there is one.
func escapeAt(data []byte, i int) (rune, bool) {
	if i+1 < len(data) && data[i] == '\\' && data[i+1] == 'u' {
		return hex4(data, i+2)
	}
	return 0, false
}

// hex4 decodes the four hexadecimal digits at data[i].
func hex4(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// badHex is the error for a \u escape whose digits at data[i] are not
// four hexadecimal digits.
func badHex(data []byte, i int) *scanError {
	for j := i; j < i+4; j++ {
		if j >= len(data) {
			return syntaxAt(len(data), "the document ends inside a string")
		}
		if c := data[j]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return syntaxAt(j, "invalid character %s in a \\u escape, want a hexadecimal digit", quoteAt(data, j))
		}
	}
	return syntaxAt(i, "invalid \\u escape") // not reached: hex4 failed on one of them
}

// appendUnescaped appends the contents of the string data[start:end]
// (between its quotes, already scanned) to dst, unescaped as encoding/json
// does: a surrogate escape that is not half of a pair gives U+FFFD.
func appendUnescaped(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := i + 1
			for j < len(s) && s[j] != '\\' {
				j++
			}
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		switch s[i+1] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r, _ := hex4(s, i+2)
			i += 6
			if utf16.IsSurrogate(r) {
				if r2, ok := escapeAt(s, i); ok {
					if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
						dst = utf8.AppendRune(dst, p)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			dst = utf8.AppendRune(dst, r)
			continue
		default: // '"', '\\', '/'
			dst = append(dst, s[i+1])
		}
		i += 2
	}
	return dst
}

// scanNumber scans the number starting at data[i] ('-' or a digit). It
// returns the offset past it and whether it is an integer literal (no
// fraction, no exponent).
func scanNumber(data []byte, i int) (end int, integer bool, err *scanError) {
	integer = true
	if data[i] == '-' {
		i++
	}
	digits := func(what string) *scanError {
		if i >= len(data) {
			return syntaxAt(len(data), "the document ends inside a number")
		}
		if c := data[i]; c < '0' || c > '9' {
			return syntaxAt(i, "invalid character %s in a number, want a digit %s", quoteAt(data, i), what)
		}
		for i < len(data) && '0' <= data[i] && data[i] <= '9' {
			i++
		}
		return nil
	}
	switch {
	case i >= len(data):
		return 0, false, syntaxAt(len(data), "the document ends inside a number")
	case data[i] == '0':
		i++
		if i < len(data) && '0' <= data[i] && data[i] <= '9' {
			return 0, false, syntaxAt(i-1, "a number with a leading zero")
		}
	default:
		if err := digits("after the minus sign"); err != nil {
			return 0, false, err
		}
	}
	if i < len(data) && data[i] == '.' {
		integer = false
		i++
		if err := digits("after the decimal point"); err != nil {
			return 0, false, err
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		integer = false
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if err := digits("in the exponent"); err != nil {
			return 0, false, err
		}
	}
	return i, integer, nil
}

// scanLiteral scans the literal lit ("true", "false" or "null") expected
// at data[i].
func scanLiteral(data []byte, i int, lit string) (int, *scanError) {
	for k := 1; k < len(lit); k++ {
		switch {
		case i+k >= len(data):
			return 0, syntaxAt(len(data), "the document ends inside the literal %s", lit)
		case data[i+k] != lit[k]:
			return 0, syntaxAt(i+k, "invalid character %s in the literal %s", quoteAt(data, i+k), lit)
		}
	}
	return i + len(lit), nil
}

// parseInt parses the integer literal s (as scanNumber accepts it) as a
// signed integer of the given bits, as strconv.ParseInt would.
func parseInt(s []byte, bits int) (int64, bool) {
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	limit := uint64(1) << (bits - 1) // the magnitude of the most negative value
	var u uint64
	for _, c := range s {
		if u > limit/10 { // another digit would pass the limit
			return 0, false
		}
		u = u*10 + uint64(c-'0')
		if u > limit {
			return 0, false
		}
	}
	if neg {
		return -int64(u), true // -limit wraps to itself: the minimum
	}
	if u == limit {
		return 0, false
	}
	return int64(u), true
}

// parseUint parses the integer literal s as an unsigned integer of the
// given bits, as strconv.ParseUint would: no sign allowed.
func parseUint(s []byte, bits int) (uint64, bool) {
	if s[0] == '-' {
		return 0, false
	}
	if len(s) > 20 {
		return 0, false
	}
	u, err := strconv.ParseUint(string(s), 10, bits)
	return u, err == nil
}

// valueStarts reports whether c can start a JSON value.
func valueStarts(c byte) bool {
	switch c {
	case '{', '[', '"', 't', 'f', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// jsonKind names the kind of JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// quoteByte quotes an ASCII byte for a message, as 'x' or '\x00'.
func quoteByte(c byte) string {
	if c >= utf8.RuneSelf {
		return fmt.Sprintf("byte 0x%02x", c)
	}
	return strconv.QuoteRune(rune(c))
}

// quoteAt quotes the character at data[i] for a message.
func quoteAt(data []byte, i int) string {
	if data[i] < utf8.RuneSelf {
		return quoteByte(data[i])
	}
	r, size := utf8.DecodeRune(data[i:])
	if r == utf8.RuneError && size == 1 {
		return fmt.Sprintf("byte 0x%02x (not UTF-8)", data[i])
	}
	return strconv.QuoteRune(r)
}

// unexpected is the syntax error for the byte at data[i], placed by where
// ("where a value should start"), with hints for the usual mistakes.
func unexpected(data []byte, i int, where string) *scanError {
	c := data[i]
	hint := ""
	switch {
	case c == '\'':
		hint = " (JSON strings take double quotes)"
	case c == '/':
		hint = " (JSON has no comments)"
	case c == 'N' || c == 'I' || c == '+' || c == '.':
		hint = " (JSON numbers have no NaN, Infinity, leading '+' or '.')"
	case c >= utf8.RuneSelf:
		if r, size := utf8.DecodeRune(data[i:]); r == utf8.RuneError && size == 1 {
			return syntaxAt(i, "invalid UTF-8 (byte 0x%02x) %s", c, where)
		}
	}
	return syntaxAt(i, "invalid character %s %s%s", quoteAt(data, i), where, hint)
}
