package com.clipdesk.staff.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The development provider's sign-in page: the form and the demo accounts to use (local only).
 * Plain HTML on purpose: it belongs to the provider, not to the console, and must not need a
 * console session.
 */
@Controller
@ConditionalOnProperty(name = "clipdesk.dev-idp.enabled", havingValue = "true")
class DevSignInPage {

    @GetMapping(value = DevIdentityProviderConfiguration.SIGN_IN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String signInPage(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        StringBuilder rows = new StringBuilder();
        for (DemoStaffAccounts.Account account : DemoStaffAccounts.ALL) {
            String markets = account.scope().allMarkets() ? "All markets" : String.join(" · ", account.markets());
            rows.append("""
                    <tr>
                      <td><span class="name">%s</span></td>
                      <td><span class="role">%s</span></td>
                      <td>%s</td>
                      <td><code>%s</code> / <code>%s</code></td>
                      <td><button type="button" class="fill" data-username="%s" data-password="%s"
                          aria-label="Fill in %s">Fill</button></td>
                    </tr>
                    """.formatted(html(account.displayName()), html(account.role().label()), html(markets),
                    html(account.username()), html(account.password()), html(account.username()),
                    html(account.password()), html(account.displayName())));
        }
        String error = failed
                ? "<p class=\"error\" role=\"alert\">Wrong username or password. Pick an account below.</p>"
                : "";
        String csrfField = csrf == null ? "" : "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                .formatted(html(csrf.getParameterName()), html(csrf.getToken()));
        return PAGE.replace("{{error}}", error).replace("{{csrf}}", csrfField).replace("{{rows}}", rows);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · Clipdesk development identity provider</title>
            <style>
              :root { color-scheme: light dark; --accent: #1a6ce6; --muted: #5b6675; --line: #dde3ea;
                      --bg: #f4f6f9; --card: #fff; --text: #1b2430; }
              @media (prefers-color-scheme: dark) {
                :root { --accent: #6ea8ff; --muted: #9aa7b8; --line: #2e3a48; --bg: #121820; --card: #1b2430; --text: #e8edf3; }
              }
              * { box-sizing: border-box; }
              body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                     background: var(--bg); color: var(--text); }
              main { max-width: 880px; margin: 0 auto; padding: 32px 20px; }
              .banner { display: inline-block; font-size: 12px; font-weight: 600; letter-spacing: .04em;
                        text-transform: uppercase; color: #8a5a00; background: #fff3d6; border: 1px solid #f0d08a;
                        border-radius: 999px; padding: 2px 10px; }
              h1 { font-size: 24px; margin: 12px 0 4px; }
              p.lead { color: var(--muted); margin: 0 0 24px; }
              .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 20px 24px; }
              form { display: grid; grid-template-columns: 1fr 1fr auto; gap: 12px; align-items: end; }
              label { display: flex; flex-direction: column; font-size: 13px; font-weight: 600; color: var(--muted); gap: 4px; }
              input { font: inherit; padding: 8px 10px; border: 1px solid var(--line); border-radius: 6px;
                      background: var(--bg); color: var(--text); }
              input:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
              button { font: inherit; cursor: pointer; border-radius: 6px; }
              .primary { background: var(--accent); color: #fff; border: 0; padding: 9px 20px; font-weight: 600; }
              .error { color: #c62828; font-weight: 600; margin: 0 0 12px; }
              h2 { font-size: 16px; margin: 28px 0 8px; }
              table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line);
                      border-radius: 10px; overflow: hidden; }
              th, td { text-align: left; padding: 9px 14px; border-bottom: 1px solid var(--line); }
              th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
              tr:last-child td { border-bottom: 0; }
              .name { font-weight: 600; }
              .role { font-size: 13px; padding: 1px 8px; border-radius: 999px; background: rgba(26,108,230,.1); color: var(--accent); }
              code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; }
              .fill { border: 1px solid var(--accent); color: var(--accent); background: transparent; padding: 3px 12px; }
              .fill:hover { background: var(--accent); color: #fff; }
              footer { color: var(--muted); font-size: 13px; margin-top: 20px; }
            </style>
            </head>
            <body>
            <main>
              <span class="banner">Local development only</span>
              <h1>Clipdesk sign-in</h1>
              <p class="lead">This is the built-in development identity provider. Production signs staff in
                through the company identity provider instead.</p>
              <div class="card">
                {{error}}
                <form method="post" action="/login">
                  {{csrf}}
                  <label>Username <input id="username" name="username" autocomplete="username" required autofocus></label>
                  <label>Password <input id="password" name="password" type="password" autocomplete="current-password" required></label>
                  <button class="primary" type="submit">Sign in</button>
                </form>
              </div>
              <h2>Demo staff accounts</h2>
              <table>
                <thead><tr><th>Name</th><th>Role</th><th>Markets</th><th>Username / password</th><th></th></tr></thead>
                <tbody>
                {{rows}}
                </tbody>
              </table>
              <footer>“Fill” puts the account into the form; then press Sign in.</footer>
            </main>
            <script>
              document.querySelectorAll('button.fill').forEach(function (button) {
                button.addEventListener('click', function () {
                  document.getElementById('username').value = button.dataset.username;
                  document.getElementById('password').value = button.dataset.password;
                  document.querySelector('button.primary').focus();
                });
              });
            </script>
            </body>
            </html>
            """;
}
