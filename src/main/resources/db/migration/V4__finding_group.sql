-- The check, account and Region of a finding without its resource (SHA-256), so a one-finding check whose resource
-- name changes with its outcome (the trail when it passes, the account when it fails) is still compared with itself.
ALTER TABLE irready_finding ADD COLUMN group_key VARCHAR(64);
