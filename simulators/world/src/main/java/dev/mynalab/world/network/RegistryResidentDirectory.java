package dev.mynalab.world.network;

import dev.mynalab.network.resident.JuminhyoCodeChange;
import dev.mynalab.network.resident.ResidentDirectory;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.resident.ResidentStatus;
import java.util.function.Consumer;

/**
 * 住基ネット as the 情報提供ネットワーク sees it: the resident registry simulator behind the network's {@link
 * ResidentDirectory} port. A 住民票コード is current while it is the code of someone recorded in a
 * municipality's register (住民 or mid-move); after 死亡 or 国外転出 the 住民票 is a 除票 and no new 機関別符号 is
 * issued, while codes issued before still translate (the network's own rule, JR-02). Every 住民票コード
 * change the registry commits (MN-06) is passed on, so the network re-links its person handle and
 * every 機関別符号 stays the same.
 */
public final class RegistryResidentDirectory implements ResidentDirectory {

  private final ResidentRegistry registry;

  public RegistryResidentDirectory(ResidentRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean isCurrentResident(String juminhyoCode) {
    return registry
        .find(juminhyoCode)
        .filter(r -> juminhyoCode.equals(r.residentCode()))
        .map(RegistryResidentDirectory::livesHere)
        .orElse(false);
  }

  private static boolean livesHere(Resident r) {
    return r.status() == ResidentStatus.RESIDENT || r.status() == ResidentStatus.MOVING_OUT;
  }

  @Override
  public void onJuminhyoCodeChange(Consumer<JuminhyoCodeChange> listener) {
    registry.listen(
        stored -> {
          if (stored.event() instanceof RegistryEvent.ResidentCodeChanged c) {
            listener.accept(new JuminhyoCodeChange(c.previousCode(), c.newCode()));
          }
        });
  }
}
