package main

import (
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// Terraform plans are read with package residency/tfplan.
func init() {
	readPlan = readTerraformPlan
	maxInputBytes = max(maxInputBytes, tfplan.MaxPlanBytes)
}

// readTerraformPlan reads the JSON of a Terraform plan with tfplan.Read.
// Problems with individual resources (tfplan.ResourceError) are input
// errors, like a topology's validation errors: the plan is not assessed
// until they are fixed.
func readTerraformPlan(data []byte, name string) (*planResult, error) {
	res, err := tfplan.Read(data, tfplan.WithName(name))
	if err != nil {
		return nil, err
	}
	conv := func(rs []tfplan.Resource) []planResource {
		out := make([]planResource, len(rs))
		for i, r := range rs {
			out[i] = planResource{Address: r.Address, Type: r.Type, Reason: r.Reason}
		}
		return out
	}
	return &planResult{
		Topology:    res.Topology,
		Unsupported: conv(res.Unsupported),
		Unlocated:   conv(res.Unlocated),
		Notes:       conv(res.Notes),
	}, nil
}
