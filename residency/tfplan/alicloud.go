package tfplan

import (
	"strings"

	"github.com/dataresidency/dataresidency/residency"
)

var ossBuckets = []string{"alicloud_oss_bucket"}

// ossRegion turns an OSS location ("oss-cn-hangzhou") into a region code.
func ossRegion(loc string) string { return strings.TrimPrefix(loc, "oss-") }

// alicloudOSSBucket places a bucket by its computed location when the plan
// knows it (an existing bucket), else by its provider's region.
func alicloudOSSBucket(r *reader, in *instance) {
	code, why := r.region(in, "location", true)
	if code == "" {
		r.addUnlocated(in, "%s", why)
		r.unlocated[in.addr] = true
		return
	}
	r.addStore(in, in.addr, ossRegion(code), residency.Primary, in, "region")
}

// alicloudOSSReplication records replication to a bucket in the plan or,
// outside it, placed by the destination's location.
func alicloudOSSReplication(r *reader, in *instance) {
	src, name := r.find(in, ossBuckets, []string{"bucket", "id"}, "bucket")
	if src == nil {
		if name != "" {
			r.addUnlocated(in, "replication not recorded: source bucket %q is not in this plan", name)
		} else {
			r.addUnlocated(in, "replication not recorded: the source bucket is known only after apply and names no bucket in this plan")
		}
		return
	}
	from := r.storeOf(in, src, "replication from "+src.addr)
	if from == nil {
		return
	}
	dst, dname := r.find(in, ossBuckets, []string{"bucket", "id"}, "destination", 0, "bucket")
	if dst != nil {
		to := r.storeOf(in, dst, "replication from "+from.id+" to "+dst.addr)
		if to != nil {
			to.role = residency.Replica
			r.flow(from, to)
		}
		return
	}
	loc, ok := in.str("destination", 0, "location")
	switch {
	case dname != "" && ok:
		r.flow(from, r.addStore(in, in.addr+"/"+dname, ossRegion(loc), residency.Replica, nil, "replication destination "+dname))
	case dname != "":
		r.addUnlocated(in, "replication from %s to %s not recorded: the destination is not in this plan and its location is unknown", from.id, dname)
	default:
		r.addUnlocated(in, "replication from %s not recorded: the destination is known only after apply and names no bucket in this plan", from.id)
	}
}
