package uk.betteroff.cases;

/** A case could not be opened, saved or recovered; the message is for the person at the keyboard. */
public class CaseStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseStoreException(String message) { super(message); }

    public CaseStoreException(String message, Throwable cause) { super(message, cause); }
}
