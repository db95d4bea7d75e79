package dev.mynalab.steps.use;

import dev.mynalab.drivers.use.UseWorld;
import io.cucumber.java.After;

/** Stops what the 利用 stage started (the CA's revocation service for the verifier). */
public final class UseHooks {

  private final UseWorld use;

  public UseHooks(UseWorld use) {
    this.use = use;
  }

  @After
  public void close() {
    use.close();
  }
}
