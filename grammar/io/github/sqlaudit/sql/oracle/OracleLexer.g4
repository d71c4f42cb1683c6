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

@members {
    /**
     * Skips blanks and line breaks before each token here, as the WHITESPACE rule would, without a match of their
     * own through the lexer's automaton: about half of a statement's lexemes are whitespace. The interpreter's
     * consume keeps line and column counting exact for the token that follows. At the end of the input the EOF
     * token is made here too: matching from the start state at EOF is never cached and weighs every rule.
     */
    @Override
    public Token nextToken() {
        org.antlr.v4.runtime.atn.LexerATNSimulator interpreter = getInterpreter();
        int c = _input.LA(1);
        while (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            interpreter.consume(_input);
            c = _input.LA(1);
        }
        if (c == IntStream.EOF) {
            _hitEOF = true;
            return emitEOF();
        }
        return super.nextToken();
    }
}
