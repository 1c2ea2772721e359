// A small HTTP service: it answers "hello" on / and "ok" on /healthz, on the port in $PORT (8080 by default).
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello from the greeter")
	})
	log.Printf("greeter listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
