package com.atlassian.plugin.web;

import java.util.Map;

/** Compile-only stand-in of the web-fragment context provider (an interface, as the real one). */
public interface ContextProvider {
    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
