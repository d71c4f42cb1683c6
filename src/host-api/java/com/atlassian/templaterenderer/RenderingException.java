package com.atlassian.templaterenderer;

/** Stand-in of the template renderer's RenderingException (an unchecked exception class). */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
