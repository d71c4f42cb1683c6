/*
 * Tokens of Oracle Database 19c/23ai SQL and PL/SQL, written from the SQL Language Reference chapter 2 "Basic
 * Elements of Oracle SQL" (literals, q-quoted text, identifiers, comments, hints) and the PL/SQL Language
 * Reference chapter 2 "PL/SQL Language Fundamentals" (delimiters, labels, bind variables). Keywords are in
 * grammar/imports/OracleKeywords.g4 and precede IDENTIFIER, which OracleLexerBasics.g4 defines.
 */
lexer grammar OracleLexer;

options {
    caseInsensitive = true;
}

import OracleKeywords, OracleLexerBasics;
