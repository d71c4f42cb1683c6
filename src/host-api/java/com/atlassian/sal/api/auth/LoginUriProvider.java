package com.atlassian.sal.api.auth;

import java.net.URI;

/** Stand-in of SAL's LoginUriProvider (interface). */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
