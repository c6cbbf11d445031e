package dev.citegraph.admin;

/** A write without the admin token; the API answers it with UNAUTHORIZED and changes nothing. */
public class Unauthorized extends RuntimeException {

    public Unauthorized(String what) {
        super(what + " needs the admin token: send the header Authorization: Bearer <token>");
    }
}
