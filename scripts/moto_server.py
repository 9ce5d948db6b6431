"""moto's server, loading only the AWS managed policies the tests attach.

moto parses all of them (about 1,600) into every account's IAM backend, at the account's first IAM call and again at
every reset: over a second per account, seven seconds for a reset after the organization tests. The tests attach these
few; the rest of the catalogue is never read.
"""
import json
import sys

from moto.iam import models

ATTACHED = {"SecurityAudit", "ViewOnlyAccess", "ReadOnlyAccess", "AWSSupportAccess", "AdministratorAccess"}
models.aws_managed_policies_data = json.dumps(
    {name: policy for name, policy in json.loads(models.aws_managed_policies_data).items() if name in ATTACHED})

from moto.server import main  # noqa: E402  (after the catalogue is narrowed)

sys.exit(main(sys.argv[1:]))
