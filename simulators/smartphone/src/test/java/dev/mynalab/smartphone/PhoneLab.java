package dev.mynalab.smartphone;

import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.rulebook.RuleBookParameters;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.CardApplication;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDate;
import java.util.Map;

/** A reference world with the smartphone service for tests: people, cards, phones. */
final class PhoneLab implements AutoCloseable {

  static final Pins CARD_PINS = new Pins("1234", "CARD123", "5678", "2468");
  static final PhoneSecrets PHONE = new PhoneSecrets("9753", "PHONE99");
  static final CardCredentials ANDROID_CARD = CardCredentials.signingPassword("CARD123");
  static final CardCredentials IPHONE_CARD = new CardCredentials("CARD123", "5678");
  static final String CHIYODA = "131016";

  final WorldClock clock;
  final Journal journal;
  final ReferenceWorld world;
  final SmartphoneWorld phones;

  PhoneLab(LocalDate today) {
    this(today, true);
  }

  PhoneLab(LocalDate today, boolean phonesFollowCard) {
    this.clock = WorldClock.frozenAt(today);
    this.journal = new Journal(clock);
    RuleBook rules =
        new RuleBook(
            RuleBookParameters.fromProperties(
                Map.of(
                    "mynalab.rule.phoneCertificatesFollowCard",
                    Boolean.toString(phonesFollowCard))));
    this.world =
        ReferenceWorld.create(clock, WorldSeed.of(7), journal, rules, new InMemoryRegistryStore());
    this.phones = new SmartphoneWorld(world);
  }

  Resident person(String name, LocalDate birth) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                CHIYODA,
                PersonName.of(name),
                birth,
                Sex.FEMALE,
                Nationality.JAPANESE,
                new Honseki(CHIYODA, "千代田区1番地"),
                "東京都千代田区1-1",
                null));
  }

  IssuedCard card(Resident r) {
    return world.authority().issueCard(r.residentCode(), CARD_PINS, clock.today());
  }

  IssuedCard faceCard(Resident r) {
    return world
        .authority()
        .issueCard(new CardApplication(r.residentCode(), CARD_PINS, clock.today(), true));
  }

  Smartphone load(Smartphone phone, Resident r) {
    return phones
        .loading()
        .load(
            phone,
            r.residentCode(),
            phone.platform() == Platform.IPHONE ? IPHONE_CARD : ANDROID_CARD,
            PHONE);
  }

  @Override
  public void close() {
    phones.close();
  }
}
