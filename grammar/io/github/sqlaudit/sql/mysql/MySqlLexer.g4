/*
 * Tokens of MySQL 8.0/8.4 and MariaDB 11, written from the MySQL Reference Manual chapter 11 "Language
 * Structure" (literals, identifiers, comments, keywords) and the MariaDB documentation. Keywords are in
 * grammar/imports/MySqlKeywords.g4 and must precede IDENTIFIER, which MySqlLexerBasics.g4 defines.
 *
 * Executable comments: the text inside "/*!NNNNN ... *\/" is code for both dialects, inside "/*M!NNNNN ... *\/"
 * for MariaDB only; the opening and closing marks are skipped and the content is tokenized as usual.
 */
lexer grammar MySqlLexer;

options {
    caseInsensitive = true;
}

import MySqlKeywords, MySqlLexerBasics;

@members {
    private boolean mariaDb;
    private boolean inExecutableComment;

    /** Read MariaDB's "/*M!" comments as code. */
    public void setMariaDb(boolean mariaDb) {
        this.mariaDb = mariaDb;
    }

    public boolean isMariaDb() {
        return mariaDb;
    }

    @Override
    public void reset() {
        super.reset();
        inExecutableComment = false;
    }
}
