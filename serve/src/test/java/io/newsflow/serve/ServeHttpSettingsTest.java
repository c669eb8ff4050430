package io.newsflow.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** How serve sets up the JDK's HTTP server before it makes one. */
class ServeHttpSettingsTest {

    @Test
    void shouldSendEachAnswerWithoutWaitingForTheClientsDelayedAck() {
        assertFalse(ServeService.SETTINGS.isEmpty()); // loads the class, as making a serve instance does
        assertEquals("true", System.getProperty(ServeService.NO_DELAY),
                "TCP_NODELAY on the server's sockets: with Nagle on, a body waits ~40 ms for the ACK of its headers");
    }
}
