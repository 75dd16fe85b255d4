package com.jialicare.interfaces.web;

import com.jialicare.interfaces.web.session.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code http://localhost:8080/}: the login page, or the role's start page when already logged in. */
@WebServlet("")
public class RootServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession userSession;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getContextPath() + userSession.getHomePage());
    }
}
