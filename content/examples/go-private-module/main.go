// A small HTTP service that prices orders with a company-internal Go module
// (git.example.com/acme/pricing), which only the company's Git server hosts.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"

	"git.example.com/acme/pricing"
)

func main() {
	http.HandleFunc("/price", func(w http.ResponseWriter, r *http.Request) {
		qty, err := strconv.Atoi(r.URL.Query().Get("qty"))
		if err != nil || qty < 0 {
			http.Error(w, "qty must be a whole number", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d items cost %s\n", qty, pricing.Format(pricing.Total(qty)))
	})
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	fmt.Println("Price service listening on port " + port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
