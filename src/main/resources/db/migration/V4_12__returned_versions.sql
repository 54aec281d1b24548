-- A draft an approver returns to its author for rework is kept as RETURNED (issue 12); the reason is
-- in the administrative trail. Numbered 4.12 so that another branch's V4 can sit beside it.
ALTER TABLE rule_set_version DROP CONSTRAINT rule_set_version_state_ck;
ALTER TABLE rule_set_version ADD CONSTRAINT rule_set_version_state_ck
    CHECK (state IN ('DRAFT', 'REJECTED', 'ACTIVE', 'RETIRED', 'RETURNED'));
