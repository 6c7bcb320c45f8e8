module pyrust.example/host

go 1.19
