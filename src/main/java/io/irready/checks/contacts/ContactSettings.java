package io.irready.checks.contacts;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code irready.checks.contacts}: the e-mail domains account contacts must use (empty: any domain that is
 * not personal), and the personal mail domains that never qualify: a contact that leaves the company with
 * its mailbox is no contact.
 */
@CheckSettings.Section("contacts")
public record ContactSettings(List<String> emailDomains, List<String> personalDomains) implements CheckSettings {

    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+");

    public ContactSettings {
        emailDomains = emailDomains == null ? List.of() : emailDomains.stream().map(d -> d == null ? null : d.toLowerCase(Locale.ROOT)).toList();
        personalDomains = personalDomains == null ? List.of()
                : personalDomains.stream().map(d -> d == null ? null : d.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why an address does not qualify, or null when it does. */
    public String problem(String email) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "'" + email + "' is not an e-mail address";
        }
        String domain = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (personalDomains.contains(domain)) {
            return email + " is a personal mailbox (" + domain + ")";
        }
        if (!emailDomains.isEmpty() && emailDomains.stream().noneMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
            return email + " is not in the company's domains (" + String.join(", ", emailDomains) + ")";
        }
        return null;
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.each(problems, "email-domains", emailDomains, d -> DOMAIN.matcher(d).matches(), "a mail domain such as example.com");
        ConfigurationProblem.each(problems, "personal-domains", personalDomains, d -> DOMAIN.matcher(d).matches(), "a mail domain such as gmail.com");
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Contact e-mail domains", emailDomains.isEmpty() ? "any company domain" : String.join(", ", emailDomains)),
                new Setting("Personal mail domains refused", String.join(", ", personalDomains)));
    }
}
