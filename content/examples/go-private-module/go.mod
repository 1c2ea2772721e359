module example.com/price-service

go 1.26

require git.example.com/acme/pricing v1.4.0
