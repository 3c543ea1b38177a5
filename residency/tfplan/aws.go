package tfplan

import (
	"strings"

	"github.com/dataresidency/dataresidency/residency"
)

var (
	s3Buckets  = []string{"aws_s3_bucket"}
	dbInstance = []string{"aws_db_instance"}
	rdsCluster = []string{"aws_rds_cluster"}
	dynamoDB   = []string{"aws_dynamodb_table"}
	kmsKeys    = []string{"aws_kms_key", "aws_kms_replica_key"}
)

// awsRegion is the region of an AWS resource: its own region attribute
// (provider 6, and the computed region or bucket_region of an S3 bucket),
// else its provider configuration's.
func (r *reader) awsRegion(in *instance) (string, string) {
	if in.typ == "aws_s3_bucket" {
		if v, ok := in.str("bucket_region"); ok {
			if _, set := in.str("region"); !set {
				return v, ""
			}
		}
	}
	return r.region(in, "region", true)
}

// awsRegional makes the store of a regional AWS resource.
func awsRegional(r *reader, in *instance) {
	code, why := r.awsRegion(in)
	if code == "" {
		r.addUnlocated(in, "%s", why)
		r.unlocated[in.addr] = true
		return
	}
	r.addStore(in, in.addr, code, residency.Primary, in, "region")
}

func awsS3Bucket(r *reader, in *instance) { awsRegional(r, in) }

// awsS3BucketLink reads a bucket's inline encryption and legacy inline
// replication configuration.
func awsS3BucketLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	for i := range list(get(in.values, "server_side_encryption_configuration", 0, "rule")) {
		r.s3Key(in, s, "server_side_encryption_configuration", 0, "rule", i, "apply_server_side_encryption_by_default", 0)
	}
	for i, rule := range list(get(in.values, "replication_configuration", 0, "rules")) {
		if st, _ := str(get(rule, "status")); st == "Disabled" {
			continue
		}
		r.s3Destination(in, s, "replication_configuration", 0, "rules", i, "destination", 0)
	}
}

// s3Key records the KMS key of an S3 default-encryption rule at path.
func (r *reader) s3Key(in *instance, s *store, path ...any) {
	if alg, ok := in.str(at(path, "sse_algorithm")...); ok && !strings.HasPrefix(alg, "aws:kms") {
		return // S3-managed keys: the operator's
	}
	r.awsKey(in, s, "S3 default encryption key", at(path, "kms_master_key_id")...)
}

// at returns path extended by more, without sharing path's array.
func at(path []any, more ...any) []any {
	out := make([]any, 0, len(path)+len(more))
	return append(append(out, path...), more...)
}

// bucketName returns the bucket name an S3 bucket ARN or name gives.
func bucketName(v string) string {
	if a, ok := parseARN(v); ok && a.service == "s3" {
		return a.resource
	}
	return v
}

// s3Source finds the bucket an S3 bucket-configuration resource applies to.
func (r *reader) s3Source(in *instance, what string) *store {
	v, _ := in.str("bucket")
	src := r.byValue(s3Buckets, bucketName(v), "bucket", "id")
	if src == nil {
		src = r.refTo(in, s3Buckets, "bucket")
	}
	if src == nil {
		if v != "" {
			r.addUnlocated(in, "%s not recorded: bucket %q is not in this plan", what, v)
		} else {
			r.addUnlocated(in, "%s not recorded: the bucket is known only after apply and names no bucket in this plan", what)
		}
		return nil
	}
	return r.storeOf(in, src, what)
}

func awsS3Replication(r *reader, in *instance) {
	from := r.s3Source(in, "replication")
	if from == nil {
		return
	}
	rules := list(in.values["rule"])
	if len(rules) == 0 && in.isUnknown("rule") {
		r.addUnlocated(in, "replication rules are known only after apply")
	}
	for i, rule := range rules {
		if st, _ := str(get(rule, "status")); st == "Disabled" {
			continue
		}
		r.s3Destination(in, from, "rule", i, "destination", 0)
	}
}

// s3Destination records replication from a bucket to the destination at
// path, and the destination's replica key.
func (r *reader) s3Destination(in *instance, from *store, path ...any) {
	bp := at(path, "bucket")
	v, known := in.str(bp...)
	var dst *instance
	if known {
		dst = r.byValue(s3Buckets, v, "arn")
		if dst == nil {
			dst = r.byValue(s3Buckets, bucketName(v), "bucket", "id")
		}
	}
	if dst == nil {
		dst = r.refTo(in, s3Buckets, bp...)
	}
	if dst == nil {
		if known {
			r.addUnlocated(in, "replication from %s to %s not recorded: the destination bucket is not in this plan, and an S3 ARN carries no region", from.id, v)
		} else {
			r.addUnlocated(in, "replication from %s not recorded: the destination is known only after apply and names no bucket in this plan", from.id)
		}
		return
	}
	to := r.storeOf(in, dst, "replication from "+from.id+" to "+dst.addr)
	if to == nil {
		return
	}
	to.role = residency.Replica
	r.flow(from, to)
	r.awsKey(in, to, "replica encryption key", at(path, "encryption_configuration", 0, "replica_kms_key_id")...)
}

func awsS3Encryption(r *reader, in *instance) {
	s := r.s3Source(in, "encryption configuration")
	if s == nil {
		return
	}
	for i := range list(in.values["rule"]) {
		r.s3Key(in, s, "rule", i, "apply_server_side_encryption_by_default", 0)
	}
}

// awsKey records the custody of the KMS key that in's attribute at path
// names, for store s. An attribute the configuration does not set (absent,
// or computed and unknown) means an AWS managed or owned key, which the
// operator holds: nothing to record.
func (r *reader) awsKey(in *instance, s *store, what string, path ...any) {
	if s == nil {
		return
	}
	v, known := in.str(path...)
	if !known && in.expr(path...) == nil {
		return // not set, or computed: an AWS managed or owned key
	}
	if known && strings.HasPrefix(v, "alias/aws/") {
		return // an AWS managed key named by its alias: the operator's
	}
	var key *instance
	region := ""
	if known {
		key = r.byValue(kmsKeys, v, "arn", "key_id", "id")
		if key == nil {
			if a, ok := parseARN(v); ok && a.service == "kms" && a.region != "" {
				region = a.region
			}
		}
	}
	if key == nil && region == "" {
		key = r.refTo(in, kmsKeys, path...)
	}
	if key != nil {
		code, why := r.awsRegion(key)
		if code == "" {
			r.addUnlocated(in, "%s for %s: key %s: %s; key custody not recorded", what, s.id, key.addr, why)
			return
		}
		region = code
		if mr, _ := get(key.values, "multi_region").(bool); mr {
			r.addNote(in, "%s for %s is the multi-Region KMS key %s: custody is recorded in %s, and replicas of the key may hold the same key material in other regions", what, s.id, key.addr, code)
		}
	}
	if region == "" {
		if known {
			r.addUnlocated(in, "%s %q for %s is neither a KMS ARN nor a key in this plan; key custody not recorded", what, v, s.id)
		} else {
			r.addUnlocated(in, "%s for %s is known only after apply and names no key in this plan; key custody not recorded", what, s.id)
		}
		return
	}
	rid, why := r.regionID("aws", region)
	if rid == "" {
		r.addUnlocated(in, "%s for %s: %s; key custody not recorded", what, s.id, why)
		return
	}
	r.setKey(in, s, rid)
}

// awsKMSKeyNote notes multi-Region keys.
func awsKMSKeyNote(r *reader, in *instance) {
	if mr, _ := get(in.values, "multi_region").(bool); mr {
		r.addNote(in, "multi-Region KMS key: custody is recorded at this key's own region; aws_kms_replica_key replicas hold the same key material elsewhere")
	}
}

func awsDBInstanceLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "storage encryption key", "kms_key_id")
	r.awsReplicaSource(in, s, "replicate_source_db", dbInstance, "identifier", "db:")
}

func awsRDSClusterLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "storage encryption key", "kms_key_id")
	r.awsReplicaSource(in, s, "replication_source_identifier", rdsCluster, "cluster_identifier", "cluster:")
}

// awsReplicaSource reads a read replica's source, named by attr: an
// instance of types in the plan (by ARN, identifier or reference), or a
// source outside the plan placed by its ARN's region, or, named by
// identifier, in the replica's own region.
func (r *reader) awsReplicaSource(in *instance, s *store, attr string, types []string, idAttr, arnPrefix string) {
	v, known := in.str(attr)
	if !known && in.expr(attr) == nil {
		return // not set (or computed): not a replica
	}
	s.role = residency.Replica
	var src *instance
	a, isARN := parseARN(v)
	if known {
		src = r.byValue(types, v, "arn")
		if src == nil && !isARN {
			src = r.byValue(types, v, idAttr, "id")
		}
		if src == nil && isARN {
			if name, ok := strings.CutPrefix(a.resource, arnPrefix); ok {
				if x := r.byValue(types, name, idAttr, "id"); x != nil {
					if code, _ := r.awsRegion(x); code == a.region {
						src = x
					}
				}
			}
		}
	}
	if src == nil {
		src = r.refTo(in, types, attr)
	}
	if src != nil {
		r.flow(r.storeOf(in, src, "replication from "+src.addr), s)
		return
	}
	if !known {
		r.addUnlocated(in, "replication source (%s) is known only after apply and names no resource in this plan; flow not recorded", attr)
		return
	}
	code := strings.TrimPrefix(s.region, "aws:")
	if isARN {
		code = a.region
	}
	ext := r.addStore(in, in.addr+"/"+v, code, residency.Primary, nil, "replication source "+v)
	r.flow(ext, s)
}

// awsRDSGlobalCluster records replication between the member clusters of
// a global database.
func awsRDSGlobalCluster(r *reader, in *instance) {
	members := r.globalClusterMembers(in)
	if len(members) == 0 {
		r.addNote(in, "global cluster with no member cluster in this plan")
		return
	}
	var primary *instance
	if src, _ := r.find(in, rdsCluster, []string{"arn", "id", "cluster_identifier"}, "source_db_cluster_identifier"); src != nil {
		primary = src
	} else {
		var withUser []*instance
		for _, m := range members {
			if _, ok := m.str("master_username"); ok {
				withUser = append(withUser, m)
			}
		}
		if len(withUser) == 1 {
			primary = withUser[0]
		}
	}
	stores := map[*instance]*store{}
	for _, m := range members {
		stores[m] = r.storeOf(in, m, "global cluster membership of "+m.addr)
	}
	if primary != nil && stores[primary] != nil {
		for _, m := range members {
			if m != primary && stores[m] != nil {
				stores[m].role = residency.Replica
				r.flow(stores[primary], stores[m])
			}
		}
		return
	}
	if len(members) > maxGlobalMembers {
		r.addUnlocated(in, "the primary member of the global cluster is not identifiable from the plan, and with %d members replication between them is not recorded", len(members))
		return
	}
	r.addNote(in, "the primary member of the global cluster is not identifiable from the plan; replication is recorded in both directions between every two members")
	for _, a := range members {
		for _, b := range members {
			r.flow(stores[a], stores[b])
		}
	}
}

// maxGlobalMembers bounds the members of a global cluster between which
// flows are recorded both ways (AWS allows a primary and ten secondaries).
const maxGlobalMembers = 16

// globalClusterMembers returns the clusters that name global cluster g,
// by identifier or by reference, indexing every cluster once.
func (r *reader) globalClusterMembers(g *instance) []*instance {
	if r.globalMembers == nil {
		r.globalMembers = map[*instance][]*instance{}
		byID := map[string][]*instance{}
		for _, x := range r.byType["aws_rds_cluster"] {
			if v, ok := x.str("global_cluster_identifier"); ok {
				byID[v] = append(byID[v], x)
				continue
			}
			for _, y := range r.resolveRefs(x, x.refs("global_cluster_identifier"), "aws_rds_global_cluster") {
				r.globalMembers[y] = append(r.globalMembers[y], x)
			}
		}
		for _, y := range r.byType["aws_rds_global_cluster"] {
			if v, ok := y.str("global_cluster_identifier"); ok {
				r.globalMembers[y] = append(r.globalMembers[y], byID[v]...)
			}
		}
	}
	return r.globalMembers[g]
}

// awsDynamoDBTable makes the table's store and one replica store per
// replica block.
func awsDynamoDBTable(r *reader, in *instance) {
	awsRegional(r, in)
	s := r.stores[in.addr]
	reps := list(in.values["replica"])
	if len(reps) == 0 && in.isUnknown("replica") {
		r.addUnlocated(in, "replica blocks are known only after apply")
	}
	for _, rep := range reps {
		code, ok := str(get(rep, "region_name"))
		if !ok {
			r.addUnlocated(in, "a replica's region_name is known only after apply")
			continue
		}
		rs := r.addStore(in, in.addr+"/"+code, code, residency.Replica, in, "replica in "+code)
		if s == nil && rs != nil {
			r.addUnlocated(in, "replication to %s not recorded: the table itself is unlocated", rs.id)
		}
		r.flow(s, rs)
	}
}

func awsDynamoDBTableLink(r *reader, in *instance) {
	if s := r.stores[in.addr]; s != nil {
		if on, _ := get(in.values, "server_side_encryption", 0, "enabled").(bool); on {
			r.awsKey(in, s, "table encryption key", "server_side_encryption", 0, "kms_key_arn")
		}
	}
	for i, rep := range list(in.values["replica"]) {
		code, _ := str(get(rep, "region_name"))
		if rs := r.stores[in.addr+"/"+code]; rs != nil {
			r.awsKey(in, rs, "replica encryption key", "replica", i, "kms_key_arn")
		}
	}
}

func awsDynamoDBReplica(r *reader, in *instance) {
	awsRegional(r, in)
	if s := r.stores[in.addr]; s != nil {
		s.role = residency.Replica
	}
}

func awsDynamoDBReplicaLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "replica encryption key", "kms_key_arn")
	v, known := in.str("global_table_arn")
	a, isARN := parseARN(v)
	src := r.byValue(dynamoDB, v, "arn")
	if src == nil && isARN {
		if name, ok := strings.CutPrefix(a.resource, "table/"); ok {
			if x := r.byValue(dynamoDB, name, "name", "id"); x != nil {
				if code, _ := r.awsRegion(x); code == a.region {
					src = x
				}
			}
		}
	}
	if src == nil {
		src = r.refTo(in, dynamoDB, "global_table_arn")
	}
	switch {
	case src != nil:
		r.flow(r.storeOf(in, src, "replication from "+src.addr), s)
	case known && isARN && a.region != "":
		r.flow(r.addStore(in, in.addr+"/"+v, a.region, residency.Primary, nil, "replicated table "+v), s)
	case known:
		r.addUnlocated(in, "replication from %s not recorded: not a table ARN or a table in this plan", v)
	default:
		r.addUnlocated(in, "replication source (global_table_arn) is known only after apply and names no table in this plan; flow not recorded")
	}
}
