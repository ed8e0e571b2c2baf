package tix.app;

import tix.domain.Names;

/** Requester addresses as typed on the command line. */
final class Contacts {
    private Contacts() {
        throw new AssertionError();
    }

    /** A requester's email address: the one check of {@link Names#address(String, String, String)}. */
    static String checkAddress(String address) {
        if (tix.domain.Handles.is(address)) return tix.domain.Handles.normalise(address);
        return Names.address(address, "requester address", "ana@example.com, or a handle such as twitter:@name");
    }
}
