// A small HTTP service that says which platform its binary was built for:
// run the linux/amd64 and the linux/arm64 variant of one image and compare.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"runtime"
)

func main() {
	platform := runtime.GOOS + "/" + runtime.GOARCH
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Hello from %s (built with %s)\n", platform, runtime.Version())
	})
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	fmt.Printf("Serving on port %s, built for %s\n", port, platform)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
