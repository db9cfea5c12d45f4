package data

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// checkBytes looks at a file's raw bytes before any parsing, so that a bad
// byte is reported at its own line even inside a comment: invalid UTF-8, a
// byte-order mark, tabs used for indentation, and control characters.
// Windows line ends (CR LF) are accepted; a lone CR is not.
func checkBytes(path string, b []byte) Errors {
	var errs Errors
	if bytes.HasPrefix(b, []byte("\uFEFF")) {
		errs = append(errs, Error{path, 1, "the file starts with a byte-order mark (U+FEFF): save it as UTF-8 without BOM"})
		b = b[3:]
	}
	for i, line := range bytes.Split(b, []byte("\n")) {
		if err := checkLine(bytes.TrimSuffix(line, []byte("\r"))); err != "" {
			errs = append(errs, Error{path, i + 1, err})
		}
	}
	return errs
}

// checkLine returns what is wrong with one line, or "".
func checkLine(line []byte) string {
	if !utf8.Valid(line) {
		return "invalid UTF-8: save the file as UTF-8"
	}
	if indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]; bytes.IndexByte(indent, '\t') >= 0 {
		return "a tab is used for indentation: YAML needs spaces"
	}
	for _, r := range string(line) {
		if model.UnsafeRune(r) {
			return fmt.Sprintf("the control character %s is not allowed", model.RuneName(r))
		}
	}
	return ""
}
