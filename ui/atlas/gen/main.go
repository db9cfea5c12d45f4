// Command gen converts Natural Earth's land, as world-atlas's TopoJSON,
// into the atlas's land.bin: go generate ./ui/atlas. The source beside it,
// land-50m.json, is world-atlas 2.0.2's (npm), kept in the repository so
// that generating needs no network.
package main

import (
	"fmt"
	"os"

	"github.com/ruse-twins/ruse-twins/ui/atlas/internal/topo"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gen LAND.json OUT.bin")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err == nil {
		var out []byte
		if out, err = topo.Convert(src); err == nil {
			err = os.WriteFile(os.Args[2], out, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
