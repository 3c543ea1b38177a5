module github.com/dataresidency/dataresidency

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/hashicorp/go-multierror v1.1.1
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	golang.org/x/exp v0.0.0-20261113113407-e3970619a1a4
)

require (
	github.com/hashicorp/errwrap v1.0.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)
