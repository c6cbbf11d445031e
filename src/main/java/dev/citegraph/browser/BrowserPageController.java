package dev.citegraph.browser;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.citegraph.embedded.EmbeddedCondition;

/**
 * Browser's start page. The embedded database has no authentication, and Browser preselects it
 * when asked through its {@code preselectAuthMethod} parameter, so {@code /browser/} adds that:
 * a researcher only clicks "Connect". Addresses that carry parameters of their own are left alone.
 */
@Controller
@Conditional(EmbeddedCondition.class)
class BrowserPageController {

    static final String NO_AUTHENTICATION = "preselectAuthMethod=NO_AUTH";

    @GetMapping({"/browser", "/browser/"})
    String browser(HttpServletRequest request) {
        if (request.getQueryString() == null || !request.getRequestURI().endsWith("/")) {
            return "redirect:/browser/?" + (request.getQueryString() == null ? NO_AUTHENTICATION : request.getQueryString());
        }
        return "forward:/browser/index.html";
    }
}
