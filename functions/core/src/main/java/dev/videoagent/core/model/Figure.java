package dev.videoagent.core.model;

/**
 * A subject the renderer draws as an animated figure of vector shapes. Each has where it lives ({@link Place}),
 * how it moves when no action says otherwise, and its size relative to a person.
 */
public enum Figure {
    PERSON(Place.GROUND, FigureMotion.WALK, 1.0), CHILD(Place.GROUND, FigureMotion.JUMP, 0.7),
    COUPLE(Place.GROUND, FigureMotion.WALK, 1.0), DANCER(Place.GROUND, FigureMotion.DANCE, 1.0),
    RUNNER(Place.GROUND, FigureMotion.RUN, 1.0), ASTRONAUT(Place.AIR, FigureMotion.FLOAT, 1.0),
    SANTA(Place.GROUND, FigureMotion.WALK, 1.05),
    DOG(Place.GROUND, FigureMotion.RUN, 0.55), CAT(Place.GROUND, FigureMotion.WALK, 0.45),
    HORSE(Place.GROUND, FigureMotion.RUN, 1.2), RABBIT(Place.GROUND, FigureMotion.JUMP, 0.35),
    DEER(Place.GROUND, FigureMotion.WALK, 1.0), BEAR(Place.GROUND, FigureMotion.WALK, 1.1),
    FOX(Place.GROUND, FigureMotion.RUN, 0.5), ELEPHANT(Place.GROUND, FigureMotion.WALK, 1.6),
    PENGUIN(Place.GROUND, FigureMotion.WALK, 0.5), BIRD(Place.AIR, FigureMotion.FLY, 0.3),
    BUTTERFLY(Place.AIR, FigureMotion.FLY, 0.2), FISH(Place.UNDERWATER, FigureMotion.SWIM, 0.35),
    WHALE(Place.UNDERWATER, FigureMotion.SWIM, 2.2), JELLYFISH(Place.UNDERWATER, FigureMotion.FLOAT, 0.5),
    ANIMAL(Place.GROUND, FigureMotion.WALK, 0.8),
    DRAGON(Place.AIR, FigureMotion.FLY, 1.8), ROBOT(Place.GROUND, FigureMotion.WALK, 1.0),
    CAR(Place.GROUND, FigureMotion.DRIVE, 1.0), BUS(Place.GROUND, FigureMotion.DRIVE, 1.4),
    TRAIN(Place.GROUND, FigureMotion.DRIVE, 1.3), BICYCLE(Place.GROUND, FigureMotion.DRIVE, 0.8),
    MOTORCYCLE(Place.GROUND, FigureMotion.DRIVE, 0.8), BOAT(Place.WATER, FigureMotion.DRIVE, 0.9),
    SHIP(Place.WATER, FigureMotion.DRIVE, 1.8), AIRPLANE(Place.AIR, FigureMotion.FLY, 1.4),
    HELICOPTER(Place.AIR, FigureMotion.FLY, 1.1), ROCKET(Place.AIR, FigureMotion.FLY, 1.4),
    TREE(Place.GROUND, FigureMotion.STAND, 1.8), FLOWER(Place.GROUND, FigureMotion.STAND, 0.4),
    HOUSE(Place.GROUND, FigureMotion.STAND, 1.7), LIGHTHOUSE(Place.GROUND, FigureMotion.STAND, 2.2),
    TENT(Place.GROUND, FigureMotion.STAND, 1.0), CASTLE(Place.GROUND, FigureMotion.STAND, 2.4),
    BALLOON(Place.AIR, FigureMotion.FLOAT, 0.9), KITE(Place.AIR, FigureMotion.FLY, 0.6),
    LANTERN(Place.AIR, FigureMotion.FLOAT, 0.35), UMBRELLA(Place.GROUND, FigureMotion.STAND, 0.8),
    CAKE(Place.GROUND, FigureMotion.STAND, 0.5), SNOWMAN(Place.GROUND, FigureMotion.STAND, 0.9),
    THING(Place.GROUND, FigureMotion.STAND, 0.6);

    /** Where the figure is drawn: on the ground, in the air, on the water's surface, under water. */
    public enum Place { GROUND, AIR, WATER, UNDERWATER }

    private final Place place;
    private final FigureMotion motion;
    private final double size;

    Figure(Place place, FigureMotion motion, double size) {
        this.place = place;
        this.motion = motion;
        this.size = size;
    }

    public Place place() {
        return place;
    }

    /** How it moves when the prompt gives it no action. */
    public FigureMotion naturalMotion() {
        return motion;
    }

    /** Height relative to a person's. */
    public double size() {
        return size;
    }
}
