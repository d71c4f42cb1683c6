package com.atlassian.sal.api.transaction;

/** Compile-only stand-in of SAL's transaction callback (interface, as the real one). */
public interface TransactionCallback<T> {

    T doInTransaction();
}
