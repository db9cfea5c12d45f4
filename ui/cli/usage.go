package cli

import (
	"fmt"
	"io"
)

// usage is the text of --help.
const usage = `ruse-twins: the partner cities of Ruse (Русе), Bulgaria.

Usage:
  ruse-twins [flags]                  browse the partner cities (needs a terminal)
  ruse-twins list [--format text|json|csv]
  ruse-twins show QUERY [--format text|markdown|json]
  ruse-twins validate [DIR]           check a dataset; every error as file:line: message
  ruse-twins serve --listen ADDR --host-key PATH [--kiosk]
                                      the browser over SSH, for every client that connects

QUERY is anything about a city, in any script: a name (гюргево, "sent uan",
淮南), a country, a year, a person, an area of cooperation.

Flags:
  --lang bg|en        language (default from LC_ALL/LANG: bg* → bg, else en)
  --data DIR          use the dataset in DIR instead of the embedded one
  --format F          output format of list or show
  --theme auto|dark|light
                      colours of the browser (default auto)
  --kiosk             public-screen mode: nothing quits but the exit key
  --idle D            kiosk: return to the home screen after D idle (default 90s)
  --exit-key KEYS     kiosk: the operator's exit chord (default "%s")
  --attract D         kiosk: at home and idle, move through the cities every D
  --log FILE          kiosk: record internal errors in FILE
  --listen ADDR       serve: the address to listen on, such as :2222
  --host-key PATH     serve: the host key's file (made there, mode 0600, on the first start)
  --authorized-keys FILE
                      serve: only these keys may connect (default: anyone)
  --max-sessions N    serve: sessions at once (default 200)
  --max-per-ip N      serve: sessions at once from one address (default 10)
  --session-time D    serve: a session's longest (default 2h; 0 for no limit)
  --idle D            serve: a session ends after D without input (default 15m; 0 for never)
  --version           print the version
  --help              print this help

Exit status: 0 success, 1 runtime failure or no match, 2 usage error or invalid data.
`

// Usage prints the help text.
func Usage(w io.Writer) {
	fmt.Fprintf(w, usage, DefaultExitKey)
}
