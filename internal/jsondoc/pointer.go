package jsondoc

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// EscapeToken escapes s as a JSON pointer reference token (RFC 6901):
// "~" as "~0", "/" as "~1".
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return string(appendToken(nil, s))
}

// UnescapeToken reverses EscapeToken.
func UnescapeToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(s)
}

// SplitPointer splits the JSON pointer p (RFC 6901, escaped) into the
// pointer of its parent and its last reference token, unescaped: "/a/b~1c"
// gives "/a" and "b/c", "/a" gives "" (the root) and "a". The root, and a
// string that is not a pointer (no leading "/"), give "" and "".
func SplitPointer(p string) (parent, token string) {
	j := strings.LastIndexByte(p, '/')
	if j < 0 || p[0] != '/' {
		return "", ""
	}
	return p[:j], UnescapeToken(p[j+1:])
}

// appendToken appends s to dst, escaped as a reference token.
func appendToken[S string | []byte](dst []byte, s S) []byte {
	for i := range len(s) {
		switch c := s[i]; c {
		case '~':
			dst = append(dst, '~', '0')
		case '/':
			dst = append(dst, '~', '1')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// quoteMax is how much of a value from the input a message quotes.
const quoteMax = 64

// Quote quotes s for a message as strconv.Quote does, shortened to its
// first 64 bytes (on a character boundary) and "… (N bytes)" when it is
// longer, so that hostile input cannot make messages huge.
func Quote(s string) string {
	if len(s) <= quoteMax {
		return strconv.Quote(s)
	}
	return strconv.Quote(prefix(s, quoteMax)) + fmt.Sprintf("… (%d bytes)", len(s))
}

// truncate is Quote without the quotes, for a number literal.
func truncate(b []byte) string {
	if len(b) <= quoteMax {
		return string(b)
	}
	return string(b[:quoteMax]) + fmt.Sprintf("… (%d bytes)", len(b))
}

// prefix returns at most n bytes of s, ending on a character boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// maxMessage is the longest message of a TextUnmarshaler's error kept
// whole.
const maxMessage = 256

// shorten bounds the message of err, which may quote the input, keeping
// err for errors.Is and errors.As.
func shorten(err error) error {
	msg := err.Error()
	if len(msg) <= maxMessage {
		return err
	}
	return &shortError{msg: prefix(msg, maxMessage) + fmt.Sprintf("… (%d bytes)", len(msg)), err: err}
}

type shortError struct {
	msg string
	err error
}

func (e *shortError) Error() string { return e.msg }
func (e *shortError) Unwrap() error { return e.err }
