package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stand-in of SAL's WebSudoManager (interface): secure administrator sessions. */
public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
