package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Judgement;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.sso.IdentityCenter;
import io.irready.services.sso.IdentityCenterHome;
import io.irready.services.sso.IdentityCenter.Instance;
import io.irready.services.sso.IdentityCenter.PermissionSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IR-ACC-07: an incident response permission set of IAM Identity Center is provisioned to the account, so
 * responders sign in with their own federated identity. The organization's instance lives in the management
 * account (or its delegated administrator) in its home Region, which need not be audited: it is read there with the
 * organization's facts, and wherever an audited account shows it.
 */
public final class IrPermissionSetCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        var settings = context.settings(IdentityCenterSettings.class);
        Judgement judgement = new Judgement();
        Map<String, Instance> instances = new LinkedHashMap<>();
        Map<String, Evidence<IdentityCenter>> sources = new LinkedHashMap<>(account.organization().shared(IdentityCenter.TYPE));
        account.regions().forEach(region -> sources.putIfAbsent(account.accountId() + "/" + region, account.get(IdentityCenter.TYPE, region)));
        // The organization's instance, found in its home Region whether or not that Region is audited.
        Evidence<IdentityCenterHome> home = account.organization().organization() == null ? Evidence.collected(null)
                : account.organization().organization().flatMap(OrganizationEvidence::identityCenter);
        home.data().ifPresent(found -> sources.putIfAbsent(found.readInAccount() + "/" + found.region(), Evidence.collected(found.identityCenter())));
        if (!home.isCollected()) {
            judgement.gap("the organization's Identity Center: " + home.gap());
        }
        sources.forEach((where, evidence) -> {
            var listed = evidence.flatMap(IdentityCenter::instances);
            if (!listed.notOffered()) {
                listed.data().ifPresentOrElse(list -> list.forEach(i -> instances.putIfAbsent(i.arn(), i)),
                        () -> judgement.gap("the Identity Center instances of " + where + ": " + listed.gap()));
            }
        });
        for (Instance instance : instances.values()) {
            var sets = instance.permissionSets();
            if (sets.data().isEmpty()) {
                judgement.gap("the permission sets of " + instance.arn() + ": " + sets.gap());
                continue;
            }
            for (PermissionSet set : sets.data().get()) {
                if (set.name() == null) {
                    judgement.gap("the name of permission set " + set.arn());
                } else if (settings.isIrPermissionSet(set.name())) {
                    judge(account, set, judgement);
                }
            }
        }
        boolean searchedEveryRegion = account.organization().inOrganization() && home.isCollected();
        if (instances.isEmpty() && account.organization().inOrganization() && !searchedEveryRegion) {
            account.organization().organization().data().ifPresent(o -> {
                if (!sources.keySet().stream().anyMatch(k -> k.startsWith(o.managementAccountId() + "/"))) {
                    judgement.gap("the management account " + o.managementAccountId() + ", which holds the organization's instance, is not audited");
                }
            });
        }
        String summary = instances.isEmpty() ? "No IAM Identity Center instance was found"
                : "No incident response permission set (" + String.join(", ", settings.irPermissionSets()) + ") is provisioned to the account";
        return findings(account).add(judgement.verdict(summary), null, "incident response permission set",
                account.firstRef(IdentityCenter.TYPE)).toList();
    }

    private static void judge(AccountEvidence account, PermissionSet set, Judgement judgement) {
        set.accounts().data().ifPresentOrElse(accounts -> {
            if (accounts.contains(account.accountId())) {
                judgement.pass("Permission set " + set.name() + " is provisioned to the account.");
            } else {
                judgement.problem("permission set " + set.name() + " is not provisioned to it");
            }
        }, () -> judgement.gap("the accounts of permission set " + set.name() + ": " + set.accounts().gap()));
    }
}
