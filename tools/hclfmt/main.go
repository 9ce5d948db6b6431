// hclfmt checks that Terraform files are in the canonical layout terraform fmt writes (the same hclwrite
// formatter), for machines where no Terraform binary can be installed. With -w it rewrites them.
//
//	go run ./tools/hclfmt [-w] FILE...
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

func main() {
	write := flag.Bool("w", false, "rewrite the files instead of reporting them")
	flag.Parse()
	unformatted := 0
	for _, name := range flag.Args() {
		source, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if _, diags := hclwrite.ParseConfig(source, name, hcl.InitialPos); diags.HasErrors() {
			fmt.Fprintln(os.Stderr, diags.Error())
			os.Exit(2)
		}
		formatted := hclwrite.Format(source)
		if bytes.Equal(source, formatted) {
			continue
		}
		if *write {
			if err := os.WriteFile(name, formatted, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
			continue
		}
		fmt.Fprintf(os.Stderr, "%s is not formatted as terraform fmt formats it (go run ./tools/hclfmt -w %s)\n", name, name)
		unformatted++
	}
	if unformatted > 0 {
		os.Exit(1)
	}
}
