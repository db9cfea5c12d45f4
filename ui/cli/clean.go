package cli

import "github.com/ruse-twins/ruse-twins/ui/termsafe"

// Clean drops every character that could act on a terminal from text that
// came from data. Validation already refuses such text; this is the second
// lock, on the way out.
func Clean(s string) string { return termsafe.Text(s) }
