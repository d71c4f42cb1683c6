package com.atlassian.jira.util.io;

import java.io.IOException;
import java.io.InputStream;

/** Compile-only stand-in: receives an attachment's bytes, valid only during the call. */
public interface InputStreamConsumer<T> {
    T withInputStream(InputStream in) throws IOException;
}
